package cn.gov.epidemic.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client library would not send as written: a request target with
 * dot segments, encoded slashes and backslashes left exactly as they are, and a chunked body that keeps coming after
 * the server has answered.
 */
final class RawHttp {

    /** An answer: the status (0 when none came: the connection was reset or timed out), the headers, the body. */
    record Answer(int status, Map<String, String> headers, String body, String error) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** A GET of that exact request target, with the API key, on a connection closed after the answer. */
    static Answer get(int port, String target, String apiKey) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-API-Key: " + apiKey
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(s.getInputStream(), true);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", e.toString());
        }
    }

    /**
     * A POST whose body of {@code bytes} bytes is sent chunked (no Content-Length), 64 KiB a chunk, until it is all
     * sent or the answer has come; the answer is read by its own thread meanwhile, as a browser or curl would.
     */
    static Answer chunkedPost(int port, String path, String apiKey, String idempotencyKey, long bytes) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-API-Key: " + apiKey
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + idempotencyKey
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    answer.complete(read(in, false));
                } catch (IOException e) {
                    answer.complete(new Answer(0, Map.of(), "", e.toString()));
                }
            }, "raw-http-reader");
            reader.setDaemon(true);
            reader.start();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            byte[] first = "{\"note\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(first, 0, chunk, 0, first.length);
            String size = Integer.toHexString(chunk.length) + "\r\n";
            try {
                for (long sent = 0; sent < bytes && !answer.isDone(); sent += chunk.length) {
                    out.write(size.getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    if (sent == 0) Arrays.fill(chunk, 0, first.length, (byte) 'a');
                }
                if (!answer.isDone()) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closed) {
                // the server stopped reading (it has answered and closed): the answer tells why
            }
            return answer.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new Answer(0, Map.of(), "", e.toString());
        }
    }

    /** Reads the status line and the headers, and the body when {@code withBody} (up to 64 KiB, until EOF or Content-Length). */
    private static Answer read(InputStream in, boolean withBody) throws IOException {
        String status = line(in);
        if (status == null) return new Answer(0, Map.of(), "", "closed without an answer");
        String[] parts = status.split(" ", 3);
        int code = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int i = h.indexOf(':');
            if (i > 0) headers.put(h.substring(0, i).trim().toLowerCase(Locale.ROOT), h.substring(i + 1).trim());
        }
        if (!withBody) return new Answer(code, headers, "", null);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int limit = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length")) : 64 * 1024;
        byte[] buf = new byte[8192];
        try {
            for (int n; body.size() < limit && (n = in.read(buf, 0, Math.min(buf.length, limit - body.size()))) > 0; ) body.write(buf, 0, n);
        } catch (IOException cut) {
            // what came is enough to tell what the page was
        }
        return new Answer(code, headers, body.toString(StandardCharsets.UTF_8), null);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') return b.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }
}
