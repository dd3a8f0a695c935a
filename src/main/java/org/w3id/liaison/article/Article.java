package org.w3id.liaison.article;

import java.util.List;
import java.util.Optional;

/**
 * One news report, split into the parts of the genre's layout.
 *
 * @param id          the file name without ".txt"
 * @param text        the whole text, as read
 * @param headline    the first paragraph
 * @param byline      the byline or time line ("Xinhua) 08:43, April 25, 2023"), if any
 * @param captions    photo captions ("... (Xinhua/Ding Haitao)"), wherever they stand
 * @param dateline    the dateline's place and date as written, if the report has one
 * @param body        the paragraphs of the report proper, dateline paragraph first, with captions left out
 */
public record Article(String id, String text, Paragraph headline, Optional<Paragraph> byline,
                      List<Paragraph> captions, Optional<Dateline> dateline, List<Paragraph> body) {

    /**
     * A dateline as written: "BEIJING, April 24 (Xinhua) --" gives place "BEIJING" and date "April 24".
     *
     * @param place the place as written, if any
     * @param date  the date as written, if any
     * @param end   where the dateline ends and the first sentence begins, in the article text
     */
    public record Dateline(Optional<String> place, Optional<String> date, int end) {}
}
