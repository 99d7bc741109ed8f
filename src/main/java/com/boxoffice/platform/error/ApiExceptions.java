package com.boxoffice.platform.error;

final class ApiExceptions {

    private ApiExceptions() {
    }

    /** Our exceptions may arrive wrapped by a container (transaction interceptor, CDI, EJB). */
    static ApiException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
