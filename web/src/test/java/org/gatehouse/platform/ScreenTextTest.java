package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Every word on the screens comes from {@code messages.properties}: no page carries text of its own
 * (text or a label-like attribute outside EL), every key the pages and beans ask for is in the bundle
 * (English complete), the bundle holds nothing unused, and each pattern is a valid MessageFormat.
 */
class ScreenTextTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/org/gatehouse/platform/messages.properties");

    /** Attributes whose value people read. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("headerText", "emptyMessage", "label", "itemLabel",
            "title", "placeholder", "header", "footerText", "legend", "requiredMessage", "converterMessage",
            "validatorMessage", "message", "alt", "aria-label", "summary", "noSelectionLabel", "itemDescription",
            "onLabel", "offLabel", "emptyLabel", "selectAllLabel", "caption", "buttonLabel", "chooseLabel",
            "uploadLabel", "cancelLabel", "invalidFileMessage", "invalidSizeMessage", "fileLimitMessage",
            "yesButtonLabel", "noButtonLabel");
    /** Components whose {@code value} is read, not entered. */
    private static final Set<String> READ_VALUES = Set.of("menuitem", "commandButton", "button", "commandLink",
            "link", "outputText", "outputLabel", "outputFormat", "selectItem", "linkButton", "tab", "panel",
            "fieldset", "staticMessage", "dialog", "column", "submenu", "outputLink", "tag", "badge", "chip");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)']");
    private static final Pattern JAVA_KEY = Pattern.compile("\\btext\\(\\s*\"([^\"]+)\"");

    @Test
    void noPageCarriesWordsOfItsOwn() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            visit(parse(page), PAGES.relativize(page).toString(), found);
        }
        assertThat(pages()).hasSizeGreaterThan(30);
        assertThat(found).as("text outside the bundle").isEmpty();
    }

    @Test
    void everyKeyAskedForIsInTheBundleAndEveryKeyIsAskedFor() throws Exception {
        Properties bundle = bundle();
        Set<String> asked = new TreeSet<>();
        for (Path page : pages()) {
            collect(PAGE_KEY, Files.readString(page), asked);
        }
        try (Stream<Path> java = Files.walk(SOURCES)) {
            for (Path source : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(source), asked);
            }
        }
        assertThat(asked).hasSizeGreaterThan(500);
        assertThat(asked).as("keys missing from messages.properties").allMatch(bundle::containsKey);
        assertThat(bundle.stringPropertyNames()).as("keys nothing asks for").allMatch(asked::contains);
    }

    @Test
    void everyPatternIsValidAndEveryTextHasWords() throws Exception {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            if (text.contains("{0")) {
                new MessageFormat(text); // throws on a malformed pattern
                assertThat(text).as(key + ": a lone quote would swallow the text after it").doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    private static void visit(Node node, String page, List<String> found) {
        if (node instanceof Element element) {
            String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if (tag.equals("script") || tag.equals("style")) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                boolean read = READ_ATTRIBUTES.contains(name) || name.equals("value") && READ_VALUES.contains(tag);
                if (read && hasWords(attribute.getValue())) {
                    found.add(page + ": <" + tag + " " + name + "=\"" + attribute.getValue() + "\">");
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE && hasWords(node.getNodeValue())) {
            found.add(page + ": text \"" + node.getNodeValue().strip() + "\"");
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            visit(child, page, found);
        }
    }

    private static boolean hasWords(String text) {
        return WORD.matcher(EL.matcher(text).replaceAll("")).find();
    }

    private static Node parse(Path page) throws Exception {
        // Facelets allows HTML's named entities; they carry no words
        String xml = Files.readString(page).replaceAll("&(?!amp;|lt;|gt;|quot;|apos;|#)[A-Za-z]+;", " ");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Pattern key, String text, Set<String> into) {
        Matcher matcher = key.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
