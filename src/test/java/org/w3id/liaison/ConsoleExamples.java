package org.w3id.liaison;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The example queries of the console's page (by name), read from the page as its script joins them. */
public final class ConsoleExamples {
    private ConsoleExamples() {}

    private static final String PAGE = "/org/w3id/liaison/server/web/index.html";

    public static Map<String, String> all() throws IOException {
        String html;
        try (InputStream in = ConsoleExamples.class.getResourceAsStream(PAGE)) {
            if (in == null)
                throw new IllegalStateException("the console page is missing from the classpath: " + PAGE);
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher prefixes = Pattern.compile("const PREFIXES = `([^`]*)`").matcher(html);
        if (!prefixes.find())
            throw new IllegalStateException("no PREFIXES in the console page");
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\": `([^`]*)`").matcher(html);
        while (m.find())
            out.put(m.group(1), prefixes.group(1) + "\n" + m.group(2));
        return out;
    }
}
