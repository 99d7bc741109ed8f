package com.boxoffice.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Every integration test deploys the WAR the build produced: the tests exercise the real artifact. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/boxoffice.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The application plus the given test classes, for tests that run inside the server. */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        // Awaitility (and the Hamcrest it matches with) travel with tests that run inside the server
        return application().addClasses(testClasses).addPackage(Deployments.class.getPackage())
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }
}
