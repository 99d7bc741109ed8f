package com.boxoffice.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address people use ({@code BOXOFFICE_PUBLIC_URL}): links in emails, a provider's callback. */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "boxoffice.public-url", defaultValue = "http://localhost:9080")
    String configured;

    /** With no trailing slash: {@code base() + "/#/orders"}. */
    public String base() {
        return configured.replaceAll("/+$", "");
    }

    public boolean secure() {
        return configured.startsWith("https:");
    }
}
