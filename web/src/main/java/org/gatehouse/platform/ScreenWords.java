package org.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screens' words and dates in the view's locale (faces-config.xml): {@code #{words.label(value)}}
 * for an enum constant, {@code #{words.day(date)}} and {@code #{words.moment(instant)}} for dates.
 * Page text itself is {@code #{msg['key']}}; Java code takes it through {@link #text}.
 */
@Named("words")
@ApplicationScoped
public class ScreenWords {

    private static final String BUNDLE = "msg";

    /** The bundle's text for the key, its {0}, {1}... filled in (MessageFormat, in the view's locale). */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public String label(Labelled value) {
        return value == null ? null : Labels.of(value, locale());
    }

    /** The label inside a sentence ("the mentor is now active"): lower case, by the view locale's rules. */
    public String labelInSentence(Labelled value) {
        return value == null ? null : label(value).toLowerCase(locale());
    }

    /** A day, as the reader's locale writes it ("24 Nov 2026" in en-GB, "Nov 24, 2026" in en-US). */
    public String day(TemporalAccessor date) {
        return format(date, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A moment (an instant in this server's zone, or a date and time), to the minute. */
    public String moment(TemporalAccessor when) {
        return format(when, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** A time of day ("14:30", "2:30 PM"). */
    public String time(TemporalAccessor when) {
        return format(when, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }

    private static String format(TemporalAccessor value, DateTimeFormatter style) {
        if (value == null) {
            return null;
        }
        TemporalAccessor local = switch (value) {
            case Instant instant -> instant.atZone(ZoneId.systemDefault());
            case OffsetDateTime offset -> offset.atZoneSameInstant(ZoneId.systemDefault());
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(ZoneId.systemDefault());
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime;
            default -> value;
        };
        return style.withLocale(locale()).format(local);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.UK;
        }
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
