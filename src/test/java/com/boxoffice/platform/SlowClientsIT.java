package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Clients that send their request bodies slowly cannot pin the server, and are cut off in time. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlowClientsIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.http.port", "9080"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void manySlowBodiesDoNotStallTheApi() throws Exception {
        List<Socket> trickling = new ArrayList<>();
        try {
            for (int i = 0; i < 800; i++) {
                trickling.add(startBody("/api/auth/login"));
            }
            // every one of them is waiting for the rest of its body now; the API must answer others at once
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> Api.get("/api/cities").status());
            assertEquals(200, read.get(5, TimeUnit.SECONDS), "a catalog read answered while 800 bodies trickle in");
        } finally {
            for (Socket socket : trickling) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408AndTheConnectionClosed() throws Exception {
        try (Socket socket = startBody("/api/holds")) {
            socket.setSoTimeout((int) Duration.ofSeconds(15).toMillis());
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"REQUEST_TIMEOUT\""), answer);
        }
    }

    /** A request whose headers promise a 100-byte body, of which one byte is sent. */
    private static Socket startBody(String path) throws IOException {
        Socket socket = new Socket("localhost", PORT);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes(); // the server closes the connection after its answer
    }
}
