package cn.gov.epidemic.gateway;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what a client library would not send as is (dot segments, %2f, a request head
 * that never ends, a body cut off): the bytes go to the gateway exactly as written here.
 */
final class RawHttp {

    /** A response as read off the wire; {@code body} is whatever followed the head until the connection closed. */
    record Answer(int status, String head, byte[] body, boolean complete) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    private RawHttp() {
    }

    static Socket open() throws IOException {
        return open("127.0.0.1");
    }

    /** A connection from the given loopback address (127.0.0.0/8 is all this host): another client, to the gateway. */
    static Socket open(String localAddress) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(localAddress, 0));
        s.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
        s.setSoTimeout(20_000);
        return s;
    }

    /** GET of a raw request target with an API key, on a connection closed after the answer. */
    static Answer get(String target, String apiKey) throws IOException {
        try (Socket s = open()) {
            write(s, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + RestAssured.port + "\r\nX-API-Key: " + apiKey
                    + "\r\nConnection: close\r\n\r\n");
            return readToEnd(s.getInputStream());
        }
    }

    static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads until the peer closes (or resets) the connection; {@code complete} is false when it was reset. */
    static Answer readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        boolean complete = true;
        try {
            for (int n; (n = in.read(buf)) >= 0; ) all.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            complete = false; // connection reset
        }
        return parse(all.toByteArray(), complete);
    }

    /** Reads one answer with a Content-Length body, leaving the connection open. */
    static Answer readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed inside the response head: " + head);
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        Answer a = parse(head.toByteArray(), true);
        String length = a.header("Content-Length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        return new Answer(a.status(), a.head(), body, true);
    }

    private static Answer parse(byte[] bytes, boolean complete) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String head = end < 0 ? all : all.substring(0, end);
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Answer(status, head, body, complete);
    }
}
