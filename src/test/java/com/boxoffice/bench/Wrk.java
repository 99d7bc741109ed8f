package com.boxoffice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop phases run by wrk with bench/wrk/flash-sale.lua. The load generator shares the two cores with
 * the server, so its own cost per request is part of what is measured: wrk's is a few microseconds, where the
 * JDK's HTTP client spends hundreds on each new connection (the server closes the connection after every
 * 409, and in a flash sale nearly every hold is one). With several servers one wrk runs per server, each with
 * its share of the connections; their counts add up and each percentile is the worst of them.
 */
final class Wrk {

    private static final String SCRIPT = "bench/wrk/flash-sale.lua";
    private static final Pattern LINE = Pattern.compile("WRK requests=(\\d+) seconds=([\\d.]+) ok=(\\d+) conflicts=(\\d+)"
            + " errors=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)");

    private Wrk() {
    }

    static FlashSale.Result run(String name, List<String> servers, int connections, int seconds, String... scriptArgs)
            throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        int threads = Math.max(1, 2 / servers.size());
        for (String server : servers) {
            List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads,
                    "-c" + Math.max(threads, connections / servers.size()), "-d" + seconds + "s", "--timeout", "10s",
                    "-s", SCRIPT, server, "--"));
            command.addAll(List.of(scriptArgs));
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        FlashSale.Result total = null;
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            Matcher m = LINE.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("no result line from wrk: " + output);
            }
            FlashSale.Result one = new FlashSale.Result(name, Long.parseLong(m.group(1)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7)), Double.parseDouble(m.group(8)));
            total = total == null ? one : total.plus(one);
        }
        return total;
    }
}
