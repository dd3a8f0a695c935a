package org.w3id.liaison.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3id.liaison.article.Article;

/**
 * Everything Liaison draws from one report.
 *
 * @param countries     names of the countries the report names (reference names)
 * @param places        names of the places the report names
 * @param initiatives   names of the named initiatives the report names
 */
public record ArticleFacts(Article article, Optional<LocalDate> published, Optional<String> datelinePlace,
                           Optional<LocalDate> datelineDate, List<Person> persons, List<Party> parties,
                           List<String> countries, List<String> places, List<String> initiatives,
                           List<Holding> holdings, List<Meeting> meetings, List<Endorsement> endorsements) {}
