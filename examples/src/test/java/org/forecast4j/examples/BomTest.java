package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * forecast4j-bom has no parent (so that importing it manages only forecast4j's modules), so nothing keeps it in
 * step with the reactor but this test: its version is the parent's, and it manages exactly the published modules.
 */
class BomTest {
    private static final Path HOME = Path.of(System.getProperty("forecast4j.home", ".."));

    @Test
    void theBomHasTheReactorsVersionAndEveryPublishedModule() throws Exception {
        Document parent = read(HOME.resolve("pom.xml"));
        Document bom = read(HOME.resolve("bom/pom.xml"));
        assertEquals(child(parent.getDocumentElement(), "version"), child(bom.getDocumentElement(), "version"));

        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            Document pom = read(HOME.resolve(module).resolve("pom.xml"));
            boolean skipped = pom.getElementsByTagName("forecast4j.publish.skip").getLength() > 0
                    && pom.getElementsByTagName("forecast4j.publish.skip").item(0).getTextContent().strip()
                            .equals("true");
            String packaging = child(pom.getDocumentElement(), "packaging");
            if (!skipped && !"pom".equals(packaging)) {
                published.add(child(pom.getDocumentElement(), "artifactId"));
            }
        }
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertEquals("org.forecast4j", child(d, "groupId"));
            assertEquals("${project.version}", child(d, "version"));
            managed.add(child(d, "artifactId"));
        }
        assertEquals(published, managed, "the BOM lists the published modules, in reactor order");
    }

    private static Document read(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
