package org.w3id.liaison.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.liaison.store.DataVersion;

/**
 * Keeps answers until the data changes: of SPARQL queries in front of {@code /kg/sparql}, and of the
 * linked-data pages and documents ({@code /page/…}, {@code /data/…}).
 *
 * <p>Why: most requests a public endpoint gets are the same few — the console's examples, the home page's
 * counts, the pages of the best-known officials — and on a 20,000-report database an aggregate over every
 * meeting, or the page of an official with 8,000 facts, takes a few hundred milliseconds of one core however
 * often it is asked. The Wikidata Query Service keeps results for five minutes; here an answer is kept
 * exactly as long as it is true: the key holds the database's {@link DataVersion} (the number of write
 * transactions begun), and an answer is kept only if no write began or ran while it was computed, so the
 * first request after a load computes afresh. Federated queries ({@code SERVICE}) are never kept (the
 * remote side may change), nor anything but a whole 200 answer of at most an eighth of the budget; the
 * oldest-used answers go first once the budget is held. Headers that belong to one request (CORS, dates,
 * lengths) are not kept with it.
 *
 * <p>Each answer says what happened in a {@code Cache-Status} header (RFC 9211): {@code liaison; hit}, or
 * {@code liaison; fwd=miss} when it was computed (and kept, if it could be).
 */
final class AnswerCache implements Filter {
    /** The request parameters that change a SPARQL answer besides the query (the rest, like a client's id, do not). */
    private static final String[] KEYED = {"query", "default-graph-uri", "named-graph-uri", "timeout", "format", "output"};
    private static final int MAX_BODY = 1 << 20;

    /** Response headers that describe one exchange rather than the answer (Fuseki numbers each request it handles). */
    private static final Set<String> PER_REQUEST = Set.of("content-length", "transfer-encoding", "date", "cache-status",
            "set-cookie", "connection", "fuseki-request-id");

    private record Answer(String contentType, List<String[]> headers, byte[] body) {}

    private final DataVersion versions;
    private final long budget;
    private final int maxEntry;
    private long held;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);

    AnswerCache(DataVersion versions, long budgetBytes) {
        this.versions = versions;
        this.budget = budgetBytes;
        this.maxEntry = (int) Math.min(Integer.MAX_VALUE - 8, budgetBytes / 8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Replayable body = Replayable.of(req);
        DataVersion.Reading at = versions.read();
        String key = req.getRequestURI().endsWith("/sparql")
                ? queryKey(at.version(), body == null ? req : body, body == null ? null : body.text())
                : documentKey(at.version(), req);
        if (key == null) {
            chain.doFilter(body == null ? req : body, resp);
            return;
        }
        Answer kept = get(key);      // kept under this version: computed on the data as last committed
        if (kept != null) {
            resp.setStatus(200);
            // as the answer was sent when computed: its headers replace those the filters before this one set
            // again (CORS's Vary: Origin, which Fuseki's own Vary replaced then)
            Set<String> named = new HashSet<>();
            for (String[] h : kept.headers()) {
                if (named.add(h[0]))
                    resp.setHeader(h[0], h[1]);
                else
                    resp.addHeader(h[0], h[1]);
            }
            resp.setContentType(kept.contentType());
            resp.setHeader("Cache-Status", "liaison; hit");
            resp.setContentLength(kept.body().length);
            resp.getOutputStream().write(kept.body());
            return;
        }
        resp.setHeader("Cache-Status", "liaison; fwd=miss");
        Capture capture = new Capture(resp, maxEntry);
        chain.doFilter(body == null ? req : body, capture);
        capture.flushBuffer();
        byte[] out = capture.captured();
        if (versions.holds(at) && out != null && capture.getStatus() == 200 && capture.getContentType() != null
                && resp.getHeader("Content-Encoding") == null)
            put(key, new Answer(capture.getContentType(), headersOf(resp), out));
    }

    private static List<String[]> headersOf(HttpServletResponse resp) {
        List<String[]> out = new ArrayList<>();
        for (String name : resp.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!PER_REQUEST.contains(lower) && !lower.startsWith("access-control-") && !lower.equals("content-type"))
                resp.getHeaders(name).forEach(v -> out.add(new String[] {name, v}));
        }
        return out;
    }

    /** A page or document: its address and the form asked for; null for anything but a GET. */
    private static String documentKey(long version, HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()))
            return null;
        return version + "\n" + req.getRequestURI() + "?" + req.getQueryString() + "\n" + req.getHeader("Accept");
    }

    /**
     * What identifies a query's answer: the data's version, the query and what changes its result or form (a
     * GET and a POST of the same query are the same question); null if not to keep.
     */
    private static String queryKey(long version, HttpServletRequest req, String postedQuery) {
        StringBuilder key = new StringBuilder().append(version).append('\n');
        TreeMap<String, String> params = new TreeMap<>();
        for (String name : KEYED) {
            String[] values = req.getParameterValues(name);
            if (values != null)
                params.put(name, String.join("\u0000", values));
        }
        String query = postedQuery != null ? postedQuery : params.remove("query");
        if (query == null || query.toUpperCase(Locale.ROOT).contains("SERVICE"))
            return null;
        params.forEach((k, v) -> key.append(k).append('=').append(v).append('\n'));
        key.append(String.valueOf(req.getHeader("Accept"))).append('\n').append(query);
        return key.toString();
    }

    private synchronized Answer get(String key) {
        return answers.get(key);
    }

    private synchronized void put(String key, Answer answer) {
        Answer before = answers.put(key, answer);
        held += answer.body().length - (before == null ? 0 : before.body().length);
        var oldest = answers.entrySet().iterator();
        while (held > budget && oldest.hasNext()) {
            held -= oldest.next().getValue().body().length;
            oldest.remove();
        }
    }

    /** A query POSTed as {@code application/sparql-query}: its body, read once here and again by Fuseki. */
    private static final class Replayable extends HttpServletRequestWrapper {
        private final byte[] bytes;

        private Replayable(HttpServletRequest req, byte[] bytes) {
            super(req);
            this.bytes = bytes;
        }

        static Replayable of(HttpServletRequest req) throws IOException {
            String type = req.getContentType();
            if (!"POST".equals(req.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query"))
                return null;
            byte[] bytes = req.getInputStream().readNBytes(MAX_BODY + 1);
            return new Replayable(req, bytes);
        }

        /** The query, or null if too long to keep (it is still answered, from the whole body). */
        String text() {
            return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream rest = super.getInputStream();
            ByteArrayInputStream head = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = head.read();
                    return b >= 0 ? b : rest.read();
                }

                @Override
                public boolean isFinished() {
                    return head.available() == 0 && rest.isFinished();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /** The response as it goes out, with a copy of its body kept while it stays under {@code limit} bytes. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final int limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;

        Capture(HttpServletResponse resp, int limit) {
            super(resp);
            this.limit = limit;
        }

        byte[] captured() {
            return copy == null ? null : copy.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null)
                writer.flush();
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null)
                return;
            if (copy.size() + len > limit)
                copy = null;                 // too big to keep: the answer still streams whole
            else
                copy.write(b, off, len);
        }
    }
}
