package org.w3id.liaison.authority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3id.liaison.ontology.LIA;

/**
 * The curated tables of {@code data/reference/}, read once from the classpath.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.load();
 * ref.countryByDemonym("Cuban").map(Country::name);   // Optional[Cuba]
 * ref.party("PCC").map(KnownParty::name);              // Optional[Communist Party of Cuba]
 * }</pre>
 */
public final class ReferenceData {

    /**
     * A thing of the curated tables that Wikidata and DBpedia also describe: its Wikidata item ("Q148") and its
     * DBpedia resource (the English Wikipedia title, "China"), each empty where not certain.
     */
    public interface Linked {
        String wikidata();

        String dbpedia();

        /** The IRIs of the same thing in Wikidata and DBpedia. */
        default List<String> sameAs() {
            List<String> out = new ArrayList<>(2);
            if (!wikidata().isEmpty())
                out.add(LIA.WIKIDATA + wikidata());
            if (!dbpedia().isEmpty())
                out.add(LIA.DBPEDIA + dbpedia());
            return out;
        }
    }

    public record Country(String name, List<String> aliases, List<String> demonyms, String capital, String wikidata,
                          String dbpedia) implements Linked {}

    public record City(String name, List<String> aliases, String country) {}

    public record KnownParty(String name, List<String> aliases, String acronym, String country, String wikidata,
                             String dbpedia) implements Linked {}

    public record KnownInitiative(String name, List<String> aliases, String wikidata, String dbpedia) implements Linked {}

    private final List<Country> countries = new ArrayList<>();
    private final List<City> cities = new ArrayList<>();
    private final List<KnownParty> parties = new ArrayList<>();
    private final List<KnownInitiative> initiatives = new ArrayList<>();
    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, City> cityByName = new HashMap<>();
    private final Map<String, KnownParty> partyByName = new HashMap<>();
    private final Map<String, KnownParty> partyByAcronym = new HashMap<>();
    private final Map<String, KnownInitiative> initiativeByName = new HashMap<>();

    private static volatile ReferenceData instance;

    /** The tables shipped with Liaison (read once, then shared: they never change at run time). */
    public static ReferenceData load() {
        ReferenceData r = instance;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (instance == null)
                    instance = new ReferenceData();
                r = instance;
            }
        }
        return r;
    }

    private ReferenceData() {
        read("countries.tsv", c -> {
            Country country = new Country(c[0], list(c, 1), list(c, 2), field(c, 3), field(c, 4), field(c, 5));
            countries.add(country);
            countryByName.put(Names.key(country.name()), country);
            country.aliases().forEach(a -> countryByName.put(Names.key(a), country));
            country.demonyms().forEach(d -> countryByDemonym.put(Names.key(d), country));
            if (!country.capital().isEmpty())
                addCity(new City(country.capital(), List.of(), country.name()));
        });
        read("cities.tsv", c -> addCity(new City(c[0], list(c, 1), field(c, 2))));
        read("parties.tsv", c -> {
            KnownParty party = new KnownParty(c[0], list(c, 1), field(c, 2), field(c, 3), field(c, 4), field(c, 5));
            parties.add(party);
            partyByName.put(Names.key(party.name()), party);
            party.aliases().forEach(a -> partyByName.put(Names.key(a), party));
            if (!party.acronym().isEmpty())
                partyByAcronym.put(party.acronym(), party);
        });
        read("initiatives.tsv", c -> {
            KnownInitiative i = new KnownInitiative(c[0], list(c, 1), field(c, 2), field(c, 3));
            initiatives.add(i);
            initiativeByName.put(Names.key(i.name()), i);
            i.aliases().forEach(a -> initiativeByName.put(Names.key(a), i));
        });
    }

    private void addCity(City city) {
        cities.add(city);
        cityByName.putIfAbsent(Names.key(city.name()), city);
        city.aliases().forEach(a -> cityByName.putIfAbsent(Names.key(a), city));
    }

    public List<Country> countries() { return countries; }
    public List<City> cities() { return cities; }
    public List<KnownParty> parties() { return parties; }
    public List<KnownInitiative> initiatives() { return initiatives; }

    /** A country by its name or another name ("Viet Nam"). */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countryByName.get(Names.key(name)));
    }

    /** A country by its demonym ("Cuban", "Sri Lankan"). */
    public Optional<Country> countryByDemonym(String demonym) {
        return Optional.ofNullable(countryByDemonym.get(Names.key(demonym)));
    }

    /** A city by its name, or by a name one typo away from a known one of six letters or more ("Bejing"). */
    public Optional<City> city(String name) {
        City exact = cityByName.get(Names.key(name));
        if (exact != null || name.length() < 6)
            return Optional.ofNullable(exact);
        String key = Names.key(name);
        City best = null;
        for (Map.Entry<String, City> e : cityByName.entrySet()) {
            if (Math.abs(e.getKey().length() - key.length()) <= 1 && Names.distance(e.getKey(), key) == 1) {
                if (best != null && best != e.getValue())
                    return Optional.empty();      // ambiguous: no guess
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A party by its full name, another name, or the acronym it is written with. */
    public Optional<KnownParty> party(String nameOrAcronym) {
        KnownParty p = partyByAcronym.get(nameOrAcronym);
        return p != null ? Optional.of(p) : Optional.ofNullable(partyByName.get(Names.key(nameOrAcronym)));
    }

    public Optional<KnownInitiative> initiative(String name) {
        return Optional.ofNullable(initiativeByName.get(Names.key(name)));
    }

    private static String field(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }

    private static List<String> list(String[] cols, int i) {
        String f = field(cols, i);
        return f.isEmpty() ? List.of() : Arrays.stream(f.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void read(String table, Consumer<String[]> row) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(table)) {
            if (in == null)
                throw new IllegalStateException("reference table missing from the classpath: " + table);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + table, e);
        }
    }
}
