package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Users;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live OpenAPI document as a stranger to the project uses it: a Java client generated from it with
 * openapi-generator books a ticket through its typed models, and a standard linter (Spectral's OpenAPI
 * rules) finds nothing to complain about.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    private static Path work;
    private static Path document;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void fetchTheDocument() throws IOException {
        work = Path.of(System.getProperty("it.work.dir", "target"), "generated-client");
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(work);
        Api.Reply reply = Api.get("/openapi?format=JSON");
        assertEquals(200, reply.status());
        document = Files.writeString(work.resolve("openapi.json"), reply.body());
    }

    @Test
    void aClientGeneratedFromTheLiveDocumentBooksATicket() throws Exception {
        Client client = Client.generate(document, work);
        String email = Users.uniqueEmail();
        Object registered = client.call(client.api("AccountsApi"), "register", client.model("RegisterRequest")
                .with("email", email).with("password", "a long secret").with("name", "Generated Client").build());
        assertEquals(email, client.get(registered, "email"));
        Object session = client.call(client.api("AccountsApi"), "login", client.model("LoginRequest")
                .with("email", email).with("password", "a long secret").build());
        client.signIn((String) client.get(session, "token"));

        UUID show = UUID.fromString(com.boxoffice.support.Shows.fresh());
        Object seatMap = client.call(client.api("SeatingApi"), "getSeatMap", show);
        Object firstRow = ((List<?>) client.get(seatMap, "rows")).get(0);
        Object firstSeat = ((List<?>) client.get(firstRow, "seats")).get(0);
        assertEquals("AVAILABLE", String.valueOf(client.get(firstSeat, "status")));
        String seat = (String) client.get(firstSeat, "seatId");

        Object hold = client.call(client.api("SeatingApi"), "createHold", client.model("HoldRequest")
                .with("showId", show.toString()).with("seatIds", List.of(seat)).build());
        assertEquals("ACTIVE", String.valueOf(client.get(hold, "status")));
        Object customer = client.model("CustomerDetails").with("name", "Generated Client").with("email", email).build();
        Object order = client.call(client.api("OrdersApi"), "createOrder", client.model("OrderRequest")
                .with("holdId", client.get(hold, "holdId").toString()).with("customer", customer).build(),
                UUID.randomUUID().toString());
        assertEquals("PENDING_PAYMENT", String.valueOf(client.get(order, "status")));
        Object paid = client.call(client.api("OrdersApi"), "confirmPayment", client.get(order, "orderId"),
                client.model("PaymentRequest").with("paymentMethod", "CARD").with("paymentToken", "tok_visa").build(),
                UUID.randomUUID().toString());
        assertEquals("CONFIRMED", String.valueOf(client.get(paid, "status")));
        List<?> tickets = (List<?>) client.get(paid, "tickets");
        assertEquals(1, tickets.size());
        assertEquals(seat, client.get(tickets.get(0), "seatId"));
        assertNotNull(client.get(paid, "paymentId"));

        Throwable refused = client.failure(() -> client.call(client.api("SeatingApi"), "createHold",
                client.model("HoldRequest").with("showId", show.toString()).with("seatIds", List.of(seat)).build()));
        assertEquals(409, client.call(refused, "getCode"));
        assertTrue(((String) client.call(refused, "getResponseBody")).contains("SEATS_UNAVAILABLE"));
    }

    @Test
    void theDocumentLintsCleanWithSpectral() throws Exception {
        Path tools = Path.of(System.getProperty("it.work.dir", "target"), "tools", "spectral");
        Path spectral = tools.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(spectral)) {
            Files.createDirectories(tools);
            run(tools, List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                    "@stoplight/spectral-cli@6"), 300);
        }
        Path ruleset = Files.writeString(work.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
        String output = run(work, List.of(spectral.toString(), "lint", "--ruleset", ruleset.toString(),
                "--fail-severity", "warn", document.toString()), 120);
        assertTrue(output.contains("No results with a severity of 'warn' or higher found"), output);
    }

    private static String run(Path directory, List<String> command, int timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), "still running: " + command);
        assertEquals(0, process.exitValue(), command + ":\n" + output);
        return output;
    }

    /** The generated client, compiled and loaded, driven through reflection (it did not exist at build time). */
    private static final class Client {

        private static final String PACKAGE = "com.boxoffice.client";
        private final ClassLoader loader;
        private final Object apiClient;

        private Client(ClassLoader loader) throws ReflectiveOperationException {
            this.loader = loader;
            this.apiClient = loader.loadClass(PACKAGE + ".ApiClient").getConstructor().newInstance();
            call(apiClient, "updateBaseUri", Api.baseUrl());
        }

        static Client generate(Path document, Path work) throws Exception {
            Path sources = work.resolve("sources");
            run(work, List.of(javaCommand(), "-jar", System.getProperty("it.openapi.generator"), "generate",
                    "-g", "java", "--library", "native", "-i", document.toString(), "-o", sources.toString(),
                    "--api-package", PACKAGE + ".api", "--model-package", PACKAGE + ".model",
                    "--invoker-package", PACKAGE, "--additional-properties",
                    "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true"), 300);
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path"), "-nowarn", "-proc:none"));
            try (Stream<Path> files = Files.walk(sources.resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "the generated client compiles");
            return new Client(new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClientIT.class.getClassLoader()));
        }

        private static String javaCommand() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        void signIn(String token) throws ReflectiveOperationException {
            Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + token);
            call(apiClient, "setRequestInterceptor", bearer);
        }

        /** One API class (the generator groups operations by their tag). */
        Object api(String name) throws ReflectiveOperationException {
            return loader.loadClass(PACKAGE + ".api." + name).getConstructor(apiClient.getClass()).newInstance(apiClient);
        }

        Model model(String name) throws ReflectiveOperationException {
            return new Model(loader.loadClass(PACKAGE + ".model." + name).getConstructor().newInstance());
        }

        Object get(Object model, String property) throws ReflectiveOperationException {
            return call(model, "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
        }

        Object call(Object target, String name, Object... arguments) throws ReflectiveOperationException {
            for (Method method : target.getClass().getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                    try {
                        return method.invoke(target, arguments);
                    } catch (IllegalArgumentException e) {
                        // an overload with other parameter types
                    }
                }
            }
            throw new NoSuchMethodException(target.getClass().getSimpleName() + "." + name + "/" + arguments.length);
        }

        /** What the call threw (the generated ApiException for an error answer). */
        Throwable failure(Call call) {
            try {
                call.run();
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("the call succeeded");
        }

        interface Call {
            void run() throws ReflectiveOperationException;
        }

        /** A generated model, filled through its fluent setters. */
        final class Model {
            private final Object model;

            Model(Object model) {
                this.model = model;
            }

            Model with(String property, Object value) throws ReflectiveOperationException {
                call(model, property, value);
                return this;
            }

            Object build() {
                return model;
            }
        }
    }
}
