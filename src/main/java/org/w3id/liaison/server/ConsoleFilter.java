package org.w3id.liaison.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Answers {@code GET /} with Liaison's console page; every other request goes on to Fuseki. A filter rather
 * than a servlet, because the static files of Fuseki's UI own the root of the URL space.
 */
final class ConsoleFilter implements Filter {
    private final byte[] page;

    ConsoleFilter() {
        try (InputStream in = ConsoleFilter.class.getResourceAsStream("console.html")) {
            if (in == null)
                throw new IllegalStateException("console.html missing from the classpath");
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ((path.equals("/") || path.isEmpty()) && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            HttpServletResponse res = (HttpServletResponse) response;
            res.setContentType("text/html; charset=utf-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setContentLength(page.length);
            if ("GET".equals(req.getMethod()))
                res.getOutputStream().write(page);
            return;
        }
        chain.doFilter(request, response);
    }
}
