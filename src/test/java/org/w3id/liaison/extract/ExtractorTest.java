package org.w3id.liaison.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;

class ExtractorTest {
    private final Extractor extractor = new Extractor(ReferenceData.load());

    /** The facts of a report under testing/. */
    private ArticleFacts report(String fixture) throws Exception {
        return extractor.extract(new ArticleReader().read(Fixtures.testing(fixture)));
    }

    private ArticleFacts facts(String headline, String... paragraphs) throws Exception {
        String text = headline + "\n\nXinhua) 10:00, July 11, 2023\n\n" + String.join("\n\n", paragraphs) + "\n";
        return extractor.extract(new ArticleReader().parse("test", text));
    }

    @Test
    void theSeedComesOutComplete() throws Exception {
        ArticleFacts f = extractor.extract(new ArticleReader().read(Fixtures.SEED));

        assertThat(f.published()).contains(LocalDate.of(2023, 4, 25));
        assertThat(f.datelinePlace()).contains("Beijing");
        assertThat(f.datelineDate()).contains(LocalDate.of(2023, 4, 24));
        assertThat(f.persons()).extracting(Person::name, Person::party, Person::country).containsExactly(
                tuple("Cai Qi", Optional.of("Communist Party of China"), Optional.of("China")),
                tuple("Roberto Morales Ojeda", Optional.of("Communist Party of Cuba"), Optional.of("Cuba")));
        assertThat(f.holdings()).extracting(Holding::person, h -> h.post().label()).containsExactlyInAnyOrder(
                tuple("Cai Qi", "member of the Standing Committee of the Political Bureau of the Communist Party of China Central Committee"),
                tuple("Cai Qi", "member of the Secretariat of the Communist Party of China Central Committee"),
                tuple("Roberto Morales Ojeda", "member of the Political Bureau of the Communist Party of Cuba Central Committee"),
                tuple("Roberto Morales Ojeda", "secretary of organization of the Communist Party of Cuba Central Committee"));
        assertThat(f.parties()).extracting(Party::name, Party::acronym, Party::country).containsExactlyInAnyOrder(
                tuple("Communist Party of China", Optional.of("CPC"), Optional.of("China")),
                tuple("Communist Party of Cuba", Optional.of("PCC"), Optional.of("Cuba")));
        assertThat(f.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Meeting.TALKS);
            assertThat(m.participants()).containsExactly("Cai Qi", "Roberto Morales Ojeda");
            assertThat(m.date()).contains(LocalDate.of(2023, 4, 24));
            assertThat(m.place()).contains("Beijing");
        });
        assertThat(f.initiatives()).containsExactlyInAnyOrder("Global Development Initiative",
                "Global Security Initiative", "Global Civilization Initiative", "Belt and Road Initiative");
        assertThat(f.endorsements()).extracting(e -> e.agent().name(), Endorsement::initiative).containsExactlyInAnyOrder(
                tuple("China", "Global Development Initiative"), tuple("China", "Global Security Initiative"),
                tuple("China", "Global Civilization Initiative"), tuple("Cuba", "Belt and Road Initiative"));
    }

    @Test
    void shortMentionsResolveToTheFullName() throws Exception {
        ArticleFacts f = extractor.extract(new ArticleReader().read(Fixtures.SEED));
        assertThat(f.persons().get(0).aliases()).contains("Cai");
        assertThat(f.persons().get(1).aliases()).contains("Morales");
    }

    @Test
    void aPostShortenedBySharingItsOrganIsCompleted() throws Exception {
        ArticleFacts f = facts("Talks held",
                "BEIJING, July 10 (Xinhua) -- Li Ping held talks with Pak Il Nam, member of the Political Bureau and "
                        + "vice-chairman of the Workers' Party of Korea (WPK) Central Committee, in Beijing on Monday.");
        assertThat(f.holdings()).extracting(h -> h.post().label()).containsExactly(
                "member of the Political Bureau of the Workers' Party of Korea Central Committee",
                "vice-chairman of the Workers' Party of Korea Central Committee");
        assertThat(f.persons()).filteredOn(p -> p.name().equals("Pak Il Nam"))
                .extracting(Person::party).containsExactly(Optional.of("Workers' Party of Korea"));
    }

    @Test
    void aTitleBeforeTheNameIsTurnedAround() throws Exception {
        ArticleFacts f = report("delegation.txt");
        assertThat(f.holdings()).extracting(Holding::person, h -> h.post().label()).contains(
                tuple("Ivan Petrov", "secretary of the Security Council of Russia"),
                tuple("Joao Pereira", "president of the Senate of Brazil"));
    }

    @Test
    void theHeadOfADelegationNamedInTheNextSentenceIsTheGuest() throws Exception {
        ArticleFacts f = report("delegation.txt");
        assertThat(f.meetings()).extracting(Meeting::participants).contains(java.util.List.of("Zhou Wei", "Somsack Keomany"));
        assertThat(f.persons()).filteredOn(p -> p.name().equals("Somsack Keomany"))
                .extracting(Person::party).containsExactly(Optional.of("Lao People's Revolutionary Party"));
    }

    @Test
    void severalGuestsInOneSentenceAreSeparateMeetings() throws Exception {
        ArticleFacts f = report("delegation.txt");
        assertThat(f.meetings()).extracting(Meeting::participants).containsExactly(
                java.util.List.of("Zhou Wei", "Somsack Keomany"),
                java.util.List.of("Zhou Wei", "Ivan Petrov"),
                java.util.List.of("Zhou Wei", "Joao Pereira"));
    }

    @Test
    void aWeekdayResolvesAgainstTheDateline() throws Exception {
        ArticleFacts f = report("delegation.txt");
        assertThat(f.datelineDate()).contains(LocalDate.of(2023, 7, 10));
        assertThat(f.meetings().get(0).date()).contains(LocalDate.of(2023, 7, 10));
        assertThat(f.meetings().get(0).place()).contains("Beijing");
    }

    @Test
    void aSpeechIsNoMeeting() throws Exception {
        ArticleFacts f = report("speech-only.txt");
        assertThat(f.meetings()).isEmpty();
        assertThat(f.datelinePlace()).contains("Shanghai");
        assertThat(f.datelineDate()).contains(LocalDate.of(2023, 11, 22));
    }

    @Test
    void aCallIsACall() throws Exception {
        ArticleFacts f = facts("Phone talks",
                "BEIJING, July 10 (Xinhua) -- Chinese President Xi Jinping held phone talks with Russian President "
                        + "Vladimir Putin on Monday.");
        assertThat(f.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Meeting.CALL);
            assertThat(m.participants()).containsExactly("Xi Jinping", "Vladimir Putin");
        });
        assertThat(f.holdings()).extracting(Holding::person, h -> h.post().label()).containsExactlyInAnyOrder(
                tuple("Xi Jinping", "president of China"), tuple("Vladimir Putin", "president of Russia"));
    }

    @Test
    void aTypoInAWellKnownDatelinePlaceIsMended() throws Exception {
        ArticleFacts f = facts("Video call", "Bejing, February 8th\u2014Qian Hongshan, Vice-minister of the International "
                + "Department of the CPC Central Committee, held a video call here today with Andrey Klimov, Deputy "
                + "Secretary of the General Council of the United Russia Party.");
        assertThat(f.datelinePlace()).contains("Beijing");
        assertThat(f.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Meeting.CALL);
            assertThat(m.place()).contains("Beijing");
        });
    }

    @Test
    void evidenceIsTheSentenceAtItsOffsets() throws Exception {
        ArticleFacts f = extractor.extract(new ArticleReader().read(Fixtures.SEED));
        for (Meeting m : f.meetings())
            assertThat(f.article().text().substring(m.evidence().start(), m.evidence().end())).isEqualTo(m.evidence().text());
        for (Holding h : f.holdings())
            assertThat(f.article().text().substring(h.evidence().start(), h.evidence().end())).isEqualTo(h.evidence().text());
    }

    @Test
    void itsPresidentIsThePresidentOfThePartyNamedBefore() throws Exception {
        ArticleFacts f = report("two-delegations.txt");
        assertThat(f.holdings()).extracting(Holding::person, h -> h.post().label()).contains(
                tuple("Shehbaz Sharif", "president of the Pakistan Muslim League (N)"),
                tuple("Erlan Karin", "state secretary of Kazakhstan"));
        assertThat(f.meetings()).extracting(Meeting::participants, Meeting::date).containsExactly(
                tuple(java.util.List.of("Li Xi", "Shehbaz Sharif"), Optional.of(LocalDate.of(2024, 5, 8))),
                tuple(java.util.List.of("Li Xi", "Erlan Karin"), Optional.of(LocalDate.of(2024, 5, 8))));
    }

    @Test
    void whoWasPresentAtTheMeetingTookPart() throws Exception {
        ArticleFacts f = report("received-abroad.txt");
        assertThat(f.meetings()).singleElement().extracting(Meeting::participants)
                .isEqualTo(java.util.List.of("Miguel Diaz-Canel", "Peng Qinghua", "Roberto Morales Ojeda"));
    }

    @Test
    void aNameThatStartsWithACommonWordIsStillAName() throws Exception {
        ArticleFacts f = report("phone-talks.txt");
        assertThat(f.persons()).extracting(Person::name).containsExactly("Xi Jinping", "To Lam");
        assertThat(f.meetings()).singleElement().extracting(Meeting::kind).isEqualTo(Meeting.CALL);
        assertThat(f.endorsements()).extracting(e -> e.agent().name(), Endorsement::initiative)
                .containsExactly(tuple("Vietnam", "Global Security Initiative"));
    }

    @Test
    void anotherOfficialMeetingTheSameDelegationMeetsItsHead() throws Exception {
        ArticleFacts f = report("second-host.txt");
        assertThat(f.meetings()).extracting(Meeting::kind, Meeting::participants).containsExactly(
                tuple(Meeting.MEETING, java.util.List.of("Cai Qi", "Sonexay Siphandone")),
                tuple(Meeting.MEETING, java.util.List.of("Li Shulei", "Sonexay Siphandone")),
                tuple(Meeting.MEETING, java.util.List.of("Sonexay Siphandone", "Li Qiang")),
                tuple(Meeting.CALL, java.util.List.of("Li Qiang", "Hun Manet")),
                tuple(Meeting.CALL, java.util.List.of("Wang Yi", "Sergei Lavrov")));
        assertThat(f.meetings().get(1).date()).contains(LocalDate.of(2024, 6, 5));
        assertThat(f.holdings()).extracting(Holding::person, h -> h.post().label()).contains(
                tuple("Li Qiang", "premier of China"), tuple("Sergei Lavrov", "foreign minister of Russia"));
    }

    // --- posts

    private java.util.List<String> postsOf(ArticleFacts f, String person) {
        return f.holdings().stream().filter(h -> h.person().equals(person)).map(h -> h.post().label()).toList();
    }

    @Test
    void governmentPostsAndCoordinatedPostsSplit() throws Exception {
        ArticleFacts f = facts("Minister visits",
                "SINGAPORE, July 10 (Xinhua) -- Wang Qiang, a member of the Political Bureau of the CPC Central "
                        + "Committee, held talks with Kim Seng Tan, chairman of the People's Action Party (PAP) and "
                        + "minister for foreign affairs of Singapore, on Monday.");
        assertThat(postsOf(f, "Kim Seng Tan")).containsExactly("chairman of the People's Action Party",
                "minister for foreign affairs of Singapore");
        assertThat(postsOf(f, "Wang Qiang")).containsExactly(
                "member of the Political Bureau of the Communist Party of China Central Committee");
        assertThat(f.persons()).filteredOn(p -> p.name().equals("Kim Seng Tan")).extracting(Person::party, Person::country)
                .containsExactly(tuple(Optional.of("People's Action Party"), Optional.of("Singapore")));
    }

    @Test
    void politburoIsThePoliticalBureau() throws Exception {
        ArticleFacts f = facts("Talks", "BEIJING, July 10 (Xinhua) -- Zhou Min, a member of the Politburo of the "
                + "Communist Party of China (CPC) Central Committee, met with Vietnamese President Tran Van Nam on Monday.");
        assertThat(postsOf(f, "Zhou Min")).containsExactly(
                "member of the Political Bureau of the Communist Party of China Central Committee");
        assertThat(postsOf(f, "Tran Van Nam")).containsExactly("president of Vietnam");
    }

    @Test
    void aPartyTitleBeforeTheNameIsTurnedAround() throws Exception {
        ArticleFacts f = facts("Talks", "BEIJING, July 10 (Xinhua) -- Zhou Min met with MPP Chairman Batbayar Ganbold "
                + "and LDP Secretary-General Kenji Sato in Beijing on Monday.");
        assertThat(postsOf(f, "Batbayar Ganbold")).containsExactly("chairman of the Mongolian People's Party");
        assertThat(postsOf(f, "Kenji Sato")).containsExactly("secretary-general of the Liberal Democratic Party");
        assertThat(f.meetings()).hasSize(2);
    }

    @Test
    void vagueTitlesAreNoPosts() throws Exception {
        ArticleFacts f = facts("Talks", "BEIJING, July 10 (Xinhua) -- China's top legislator Zhou Min and senior "
                + "CPC official Li Hua met with President Ana Lima on Monday.");
        assertThat(f.holdings()).isEmpty();
        assertThat(f.persons()).extracting(Person::name).contains("Zhou Min", "Li Hua", "Ana Lima");
    }

    // --- people

    @Test
    void namesInManyOrdersAndTheirShortForms() throws Exception {
        ArticleFacts f = facts("Talks", "HAVANA, May 3 -- Maria Elena Gonzalez Ruiz, a member of the Political Bureau "
                + "of the Communist Party of Cuba (PCC), met with Nguyen Van Binh and Abdel-Karim al-Masri on Monday.",
                "Gonzalez Ruiz said the PCC values its ties. Binh said Vietnam supports the Global Development Initiative.");
        assertThat(f.persons()).extracting(Person::name)
                .containsExactly("Maria Elena Gonzalez Ruiz", "Nguyen Van Binh", "Abdel-Karim al-Masri");
        assertThat(f.persons().get(0).aliases()).contains("Gonzalez Ruiz");
        assertThat(f.persons().get(1).aliases()).contains("Binh");
        assertThat(f.endorsements()).extracting(e -> e.agent().name()).containsExactly("Vietnam");
    }

    @Test
    void photographersAndHeadlinesAreNotPeople() throws Exception {
        ArticleFacts f = extractor.extract(new ArticleReader().parse("x", "Zhou Min Meets With Visiting Group Leader\n\n"
                + "Zhou Min meets with Tran Van Nam in Beijing, capital of China, May 4, 2024. (Xinhua/Li Xueren)\n\n"
                + "BEIJING, May 4 (Xinhua) -- Zhou Min met with Tran Van Nam, chairman of the Vietnam Fatherland Front.\n"));
        assertThat(f.persons()).extracting(Person::name).containsExactly("Zhou Min", "Tran Van Nam");
    }

    // --- parties

    @Test
    void partiesAndTheirCountriesFromNameTextOrReference() throws Exception {
        ArticleFacts f = facts("Talks", "BEIJING, July 10 (Xinhua) -- Zhou Min met with delegations of the Socialist "
                + "Party of Albania (PS), Hungary's ruling Fidesz Party, the Egyptian Homeland Party and United Russia "
                + "on Monday.", "The Homeland Party attaches importance to ties.");
        assertThat(f.parties()).extracting(Party::name, Party::acronym, Party::country).contains(
                tuple("Socialist Party of Albania", Optional.of("PS"), Optional.of("Albania")),
                tuple("Fidesz Party", Optional.empty(), Optional.of("Hungary")),
                tuple("Homeland Party", Optional.empty(), Optional.of("Egypt")),
                tuple("United Russia", Optional.empty(), Optional.of("Russia")));
    }

    // --- initiatives and endorsements

    @Test
    void namedInitiativesAndStrategies() throws Exception {
        ArticleFacts f = facts("Talks", "BEIJING, July 10 (Xinhua) -- Zhou Min said China welcomes synergy with the "
                + "Development Vision 2030 strategy and the Blue Ocean Cooperation Initiative, while the community with a "
                + "shared future is a goal.", "Kenya welcomes and will join the Global Governance Initiative.");
        assertThat(f.initiatives()).containsExactlyInAnyOrder("Development Vision 2030", "Blue Ocean Cooperation Initiative",
                "Global Governance Initiative");
        assertThat(f.endorsements()).extracting(e -> e.agent().name(), Endorsement::initiative)
                .containsExactly(tuple("Kenya", "Global Governance Initiative"));
    }

    @Test
    void twoSubjectsJoinedByAndMeetEachOther() throws Exception {
        ArticleFacts f = report("joint-subjects.txt");
        assertThat(f.meetings()).extracting(Meeting::kind, Meeting::participants).containsExactly(
                tuple(Meeting.TALKS, java.util.List.of("Xi Jinping", "Vladimir Putin")),
                tuple(Meeting.MEETING, java.util.List.of("Wang Yi", "Sergei Lavrov")));
    }

    @Test
    void aVerbThatMerelySoundsLikeMeetingIsNone() throws Exception {
        ArticleFacts f = facts("Ties", "BEIJING, July 10 (Xinhua) -- Noting that President Li Hua and President Ana Lima "
                + "on Monday announced a new partnership, Zhou Min said this meets the expectations of the two peoples.");
        assertThat(f.meetings()).isEmpty();
    }

    @Test
    void aPartyWrittenByItsCountryIsThatCountrysParty() throws Exception {
        ArticleFacts f = report("country-party.txt");
        assertThat(postsOf(f, "To Lam")).containsExactly("general secretary of the Communist Party of Vietnam");
        assertThat(f.parties()).extracting(Party::name).doesNotContain("Vietnamese Party");
    }

    @Test
    void aPartyWithItsAcronymCanBeTheSubjectThatBacks() throws Exception {
        ArticleFacts f = report("party-endorses.txt");
        assertThat(f.endorsements()).extracting(e -> e.agent().kind(), e -> e.agent().name(), Endorsement::initiative)
                .containsExactlyInAnyOrder(
                        tuple(Endorsement.Kind.PARTY, "Sandinista National Liberation Front", "Global Development Initiative"),
                        tuple(Endorsement.Kind.PARTY, "Sandinista National Liberation Front", "Belt and Road Initiative"));
    }

    @Test
    void theCubanOfficialIsTheCubanNamedBefore() throws Exception {
        ArticleFacts f = report("described-host.txt");
        assertThat(f.meetings()).singleElement().extracting(Meeting::participants)
                .isEqualTo(java.util.List.of("Ana Maria Lopez", "Zhou Min"));
    }

    @Test
    void aMessageIsNoMeetingButNamesItsAddresseeAndPost() throws Exception {
        ArticleFacts f = report("message.txt");
        assertThat(f.meetings()).isEmpty();
        assertThat(postsOf(f, "Anura Kumara Dissanayake")).containsExactly("president of Sri Lanka");
    }

    @Test
    void aPostInAPartyWrittenByAnotherOfItsNamesMakesAMember() throws Exception {
        ArticleFacts f = report("ruling-party.txt");
        assertThat(f.persons()).filteredOn(p -> p.name().equals("Adem Farah")).extracting(Person::party)
                .containsExactly(Optional.of("Prosperity Party"));
        assertThat(f.meetings()).extracting(Meeting::kind, Meeting::participants, Meeting::date).containsExactly(
                tuple(Meeting.TALKS, java.util.List.of("Li Ganjie", "Adem Farah"), Optional.of(LocalDate.of(2024, 3, 20))),
                tuple(Meeting.MEETING, java.util.List.of("Li Ganjie", "Abiy Ahmed"), Optional.of(LocalDate.of(2024, 3, 19))));
    }

    @Test
    void meetingsDuringAVisitOfSeveralDaysHaveNoDate() throws Exception {
        ArticleFacts f = report("visit-abroad.txt");
        assertThat(f.meetings()).extracting(Meeting::participants, Meeting::date).containsExactly(
                tuple(java.util.List.of("Ma Hui", "Lars Klingbeil"), Optional.empty()),
                tuple(java.util.List.of("Ma Hui", "Friedrich Merz"), Optional.empty()));
        assertThat(postsOf(f, "Lars Klingbeil")).containsExactly("co-chairman of the Social Democratic Party of Germany");
    }

    @Test
    void whoWasPresentTookPart() throws Exception {
        ArticleFacts f = report("was-present.txt");
        assertThat(f.meetings()).singleElement().extracting(Meeting::participants)
                .isEqualTo(java.util.List.of("Liu Haixing", "Dimitris Koutsoumbas", "Sun Haiyan"));
    }

    @Test
    void twoVerbsOfMeetingInOneSentenceAreTwoMeetingsOfTheirKinds() throws Exception {
        ArticleFacts f = report("two-verbs.txt");
        assertThat(f.meetings()).extracting(Meeting::kind, Meeting::participants).containsExactly(
                tuple(Meeting.MEETING, java.util.List.of("Zhao Leji", "Ukhnaagiin Khurelsukh")),
                tuple(Meeting.TALKS, java.util.List.of("Zhao Leji", "Dashzegviin Amarbayasgalan")));
    }

    @Test
    void aCounterpartAndVisitingGuestsAreGuests() throws Exception {
        ArticleFacts f = report("counterpart.txt");
        assertThat(f.meetings()).extracting(Meeting::kind, Meeting::participants).containsExactly(
                tuple(Meeting.TALKS, java.util.List.of("Xi Jinping", "Vladimir Putin")),
                tuple(Meeting.MEETING, java.util.List.of("Wang Yi", "Pham Minh Chinh")),
                tuple(Meeting.MEETING, java.util.List.of("Wang Yi", "Thongsavanh Phomvihane")),
                tuple(Meeting.MEETING, java.util.List.of("Wang Yi", "Hun Sen")));
    }
}
