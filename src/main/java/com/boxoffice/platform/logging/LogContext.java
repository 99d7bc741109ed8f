package com.boxoffice.platform.logging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Fields added to every log record written on this thread (request id, user id). On Open Liberty they are
 * LogRecordContext extensions, which its JSON log format prints as {@code ext_<name>} fields; on a server
 * without that API the fields are simply not added, so the application stays portable.
 */
public final class LogContext {

    private static final MethodHandle ADD = find("addExtension", MethodType.methodType(void.class, String.class, String.class));
    private static final MethodHandle REMOVE = find("removeExtension", MethodType.methodType(boolean.class, String.class));

    private LogContext() {
    }

    public static void put(String name, String value) {
        if (ADD != null && value != null) {
            try {
                ADD.invokeExact(name, value);
            } catch (Throwable e) {
                // logging context is best effort: never fail a request over it
            }
        }
    }

    public static void remove(String name) {
        if (REMOVE != null) {
            try {
                boolean ignored = (boolean) REMOVE.invokeExact(name);
            } catch (Throwable e) {
                // as above
            }
        }
    }

    private static MethodHandle find(String method, MethodType type) {
        try {
            Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
            return MethodHandles.publicLookup().findStatic(context, method, type);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
