package org.gatehouse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real gatehouse.ear built by this module, plus a
 * small test WAR holding the test classes (and AssertJ), so tests run inside the real application.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive gatehouseWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "gatehouse.ear")
                .importFrom(new File(System.getProperty("gatehouse.ear"))).as(EnterpriseArchive.class);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "gatehouse-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, TestData.class, TestData.TestAgency.class,
                        TestRunnerAuthentication.class, Api.class, PdfText.class, Triangles.class,
                        Triangles.Triangle.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsLibrary(jarOf(Assertions.class));
        ear.addAsModule(Testable.archiveToTest(tests));
        // the EAR lists its modules, so the test WAR must be listed too or it is not deployed
        String descriptor = read(ear.get("META-INF/application.xml").getAsset());
        ear.setApplicationXML(new StringAsset(descriptor.replace("<library-directory>",
                "<module><web><web-uri>gatehouse-tests.war</web-uri><context-root>/gatehouse-tests</context-root>"
                        + "</web></module><library-directory>")));
        return ear;
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar a library class came from, to add to a test deployment. */
    public static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.create(ZipImporter.class, jar.getName()).importFrom(jar).as(JavaArchive.class);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
