package org.gatehouse.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/**
 * The case-note search screen: words and filters, results grouped by case with highlighted
 * snippets, counts per filter value (a click filters on it), pages of cases. {@code ?q=} searches
 * on arrival.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoteSearch search;

    @Inject
    private ScreenWords words;

    private String text;
    private List<String> pathways = new ArrayList<>();
    private List<String> sensitivities = new ArrayList<>();
    private String author;
    private LocalDate from;
    private LocalDate to;
    private String program;
    private String sort = "relevance";
    private int page;
    private NoteResults results;
    private boolean arrived;

    /** On arrival with {@code ?q=}: search at once. */
    public void arrive() {
        if (!arrived && text != null && !text.isBlank()) {
            arrived = true;
            run();
        }
    }

    public void search() {
        page = 0;
        run();
    }

    public void nextPage() {
        page++;
        run();
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        run();
    }

    /** Narrows the search to one value of a facet. */
    public void narrow(String facet, String value) {
        switch (facet) {
            case "pathway" -> pathways = new ArrayList<>(List.of(value));
            case "sensitivity" -> sensitivities = new ArrayList<>(List.of(value));
            case "author" -> author = value;
            case "program" -> program = value;
            default -> {
                return;
            }
        }
        search();
    }

    public void clearFilters() {
        pathways = new ArrayList<>();
        sensitivities = new ArrayList<>();
        author = null;
        from = null;
        to = null;
        program = null;
        search();
    }

    private void run() {
        Messages.attempt(ScreenWords.text("search.cannotSearch"), () -> results = search.search(new SearchRequests(
                text, pathways, sensitivities, author, from == null ? null : from.toString(),
                to == null ? null : to.toString(), program, sort, Integer.toString(page), null).toQuery()));
    }

    /** A facet's values, most notes first. */
    public List<Map.Entry<String, Long>> facet(String name) {
        if (results == null || results.facets().get(name) == null) {
            return List.of();
        }
        return results.facets().get(name).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** A facet's heading. */
    public String title(String facet) {
        return switch (facet) {
            case "pathway" -> ScreenWords.text("search.pathway");
            case "sensitivity" -> ScreenWords.text("search.sensitivity");
            case "program" -> ScreenWords.text("common.program");
            case "author" -> ScreenWords.text("search.writtenBy");
            default -> facet;
        };
    }

    /** How a facet value reads: a pathway's or sensitivity's label, otherwise as it is. */
    public String label(String facet, String value) {
        try {
            return switch (facet) {
                case "pathway" -> "GENERAL".equals(value) ? ScreenWords.text("search.general")
                        : words.label(Pathway.valueOf(value));
                case "sensitivity" -> words.label(Sensitivity.valueOf(value));
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    public boolean hasNextPage() {
        return results != null && (long) (page + 1) * SearchRequests.CASES_PER_PAGE < results.cases();
    }

    public Pathway[] getPathwayChoices() {
        return Pathway.values();
    }

    public Sensitivity[] getSensitivityChoices() {
        return Sensitivity.values();
    }

    public NoteResults getResults() {
        return results;
    }

    public int getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getPathways() {
        return pathways;
    }

    public void setPathways(List<String> pathways) {
        this.pathways = pathways;
    }

    public List<String> getSensitivities() {
        return sensitivities;
    }

    public void setSensitivities(List<String> sensitivities) {
        this.sensitivities = sensitivities;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
