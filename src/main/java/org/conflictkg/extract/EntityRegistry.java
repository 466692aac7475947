package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.Iris;

/**
 * The entities one report names: the new ones it creates (with their type, label and links) and
 * what later short mentions refer back to (« le ministère », « le Premier ministre », « Pachinian »,
 * « les deux pays »). One registry per report; not thread-safe.
 */
final class EntityRegistry {
    /** An entity the report introduces; filled in as the report is read. */
    static final class NewEntity {
        final Resource iri;
        final Resource type;
        final String label;
        final Sentence firstSeen;
        Resource partOf;
        Resource affiliatedWith;
        /* whether {@code affiliatedWith} is only the state a report about one state is taken to be about, no word said it */
        boolean affiliationGuessed;
        /* the state of the dateline's capital, for a person named only by a government office with no state (« le Premier
         * ministre X » in a report written from Ankara): whom they serve if nothing else in the report says */
        Resource datelineGuess;
        Resource basedIn;
        Resource locatedIn;
        Sentence locatedInEvidence;
        Resource office;
        String description;

        NewEntity(Resource iri, Resource type, String label, Sentence firstSeen) {
            this.iri = iri;
            this.type = type;
            this.label = label;
            this.firstSeen = firstSeen;
        }
    }

    private final Map<String, NewEntity> created = new LinkedHashMap<>();
    private final Set<Resource> mentioned = new LinkedHashSet<>();
    /* the same entities in the order they were first named, to be read from the last back (a LinkedHashSet of Java 17 reads forward only) */
    private final List<Resource> firstNamedOrder = new ArrayList<>();
    /* where each entity stands in {@code firstNamedOrder} */
    private final Map<Resource, Integer> firstNamedAt = new HashMap<>();
    private final Map<String, Resource> lastByHead = new HashMap<>();
    private final Map<String, Resource> personByOffice = new HashMap<>();
    private final Map<String, Resource> personBySurname = new HashMap<>();
    private List<Resource> dyad = List.of();
    private Lexicon.Term lastOffice;
    private List<Resource> subjects = List.of();
    private List<Resource> sentencePeople = List.of();

    private final Set<String> vessels = new LinkedHashSet<>();

    /** A ship's name the report gave (« le pétrolier Stena Impero »): the same words later name no one either. */
    void vessel(String name) {
        vessels.add(name);
    }

    Set<String> vessels() {
        return vessels;
    }

    /** The actors a sentence opened with, for « Ils » at the start of the next one. */
    void subjects(List<Resource> actors) {
        subjects = List.copyOf(actors);
    }

    List<Resource> subjects() {
        return subjects;
    }

    /**
     * The one actor that opened the sentence just read and the article before it (« la », « le »,
     * « l' » or "" for a name), or null when that sentence opened with none or with several.
     */
    void openingSubject(Resource actor, String article) {
        openingSubject = actor == null ? null : Map.entry(actor, article);
    }

    Map.Entry<Resource, String> openingSubject() {
        return openingSubject;
    }

    private Map.Entry<Resource, String> openingSubject;

    /** The people the sentence just read named, in order: « les deux dirigeants » of the next one. */
    void sentencePeople(List<Resource> people) {
        peopleBefore = sentencePeople;
        sentencePeople = List.copyOf(people);
    }

    /** The people the sentence before the one just read named: « les deux dirigeants » past an aside sentence. */
    List<Resource> peopleBefore() {
        return peopleBefore;
    }

    private List<Resource> peopleBefore = List.of();

    List<Resource> sentencePeople() {
        return sentencePeople;
    }

    private List<Resource> sentenceStates = List.of();

    /** The states the sentence just read named by their names (no demonym, no anaphor), in order: « ces quatre pays » of the next one. */
    void sentenceStates(List<Resource> states) {
        sentenceStates = List.copyOf(states);
    }

    List<Resource> sentenceStates() {
        return sentenceStates;
    }

    private List<Resource> lastActor = List.of();
    private List<Resource> lastActors = List.of();

    /**
     * The actor and the actors (« les Houthis », « la France et l'Allemagne ») the sentence just read named
     * last, no place nor agency: « ce dernier » and « ces derniers » of the next one.
     */
    void lastActors(List<Resource> singular, List<Resource> plural) {
        lastActor = List.copyOf(singular);
        lastActors = List.copyOf(plural);
    }

    List<Resource> lastActor(boolean plural) {
        return plural ? lastActors : lastActor;
    }

    /** The place (no state) the sentence just read is about, its first: what « en » of a capture in the next one stands for. */
    void lastPlace(Resource place) {
        lastPlace = place;
    }

    Optional<Resource> lastPlace() {
        return Optional.ofNullable(lastPlace);
    }

    private Resource lastPlace;

    /* The first place the last sentence that named one named, the report's own places included: where « y » points. */
    void lastAnyPlace(Resource place) {
        lastAnyPlace = place;
    }

    Optional<Resource> lastAnyPlace() {
        return Optional.ofNullable(lastAnyPlace);
    }

    private Resource lastAnyPlace;

    /** The office of the person named last (« son homologue » has the same). */
    void lastOffice(Lexicon.Term office) {
        this.lastOffice = office;
    }

    Lexicon.Term lastOffice() {
        return lastOffice;
    }

    /** The new entity with this IRI, created on first use. */
    NewEntity entity(String iri, Resource type, String label, Sentence sentence) {
        return created.computeIfAbsent(iri, k -> new NewEntity(ResourceFactory.createResource(k), type, label, sentence));
    }

    /**
     * The body or force {@code key} of {@code state} (« les forces russes », « les deux armées »), created on first use
     * and labelled « {name} ({state's name}) ».
     */
    NewEntity bodyOf(Resource state, String stateName, String key, Resource type, String name, Sentence sentence) {
        NewEntity e = entity(Iris.body(state.getLocalName(), key), type, name + " (" + stateName + ")", sentence);
        e.partOf = state;
        return e;
    }

    /** A place this report created under {@code name} (« la province de Paktika », then « à Paktika »). */
    Optional<NewEntity> placeNamed(String name, java.util.function.Predicate<Resource> isPlace) {
        return created.values().stream().filter(e -> e.label.equals(name) && e.type != null && isPlace.test(e.type)).findFirst();
    }

    Optional<NewEntity> created(Resource r) {
        return Optional.ofNullable(created.get(r.getURI()));
    }

    Collection<NewEntity> created() {
        return created.values();
    }

    private final Map<Resource, Integer> mentionCounts = new HashMap<>();
    private final Map<String, List<Resource>> aliases = new HashMap<>();

    /** « le Comité … (GKNB) »: an acronym the report gives for what it just named. */
    void alias(String acronym, List<Resource> entities) {
        aliases.putIfAbsent(acronym, List.copyOf(entities));
    }

    Optional<List<Resource>> alias(String acronym) {
        return Optional.ofNullable(aliases.get(acronym));
    }

    void mentioned(Collection<Resource> entities) {
        entities.stream().filter(mentioned::add).forEach(e -> {
            firstNamedAt.put(e, firstNamedOrder.size());
            firstNamedOrder.add(e);
        });
        entities.forEach(e -> mentionCounts.merge(e, 1, Integer::sum));
    }

    /** How often each entity has been named so far. */
    Map<Resource, Integer> mentionCounts() {
        return mentionCounts;
    }

    Set<Resource> mentioned() {
        return mentioned;
    }

    /**
     * Of {@code candidates}, the one named so far, first named latest, that passes {@code test}: what {@link
     * #lastNamed(java.util.function.Predicate)} gives when only a few entities can pass, without walking every entity
     * a long report has named.
     */
    Optional<Resource> lastNamedOf(Collection<Resource> candidates, java.util.function.Predicate<Resource> test) {
        Resource last = null;
        int at = -1;
        for (Resource c : candidates) {
            Integer k = firstNamedAt.get(c);
            if (k != null && k > at && test.test(c)) {
                last = c;
                at = k;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The entity named so far, first named latest, that passes {@code test}. */
    Optional<Resource> lastNamed(java.util.function.Predicate<Resource> test) {
        for (int i = firstNamedOrder.size() - 1; i >= 0; i--) {
            if (test.test(firstNamedOrder.get(i))) {
                return Optional.of(firstNamedOrder.get(i));
            }
        }
        return Optional.empty();
    }

    /** The agencies of the report's dateline (« … (AFP) - »): who published it. */
    void publishedBy(Collection<Resource> agencies) {
        publishers.addAll(agencies);
    }

    Set<Resource> publishers() {
        return publishers;
    }

    private final Set<Resource> publishers = new LinkedHashSet<>();

    /** A state named by its name or a demonym (not through its capital). */
    void stateNamed(Resource state) {
        statesNamed.add(state);
    }

    private Integer datelineYear;

    /** The year of the report's dateline (« MOSCOU, 3 septembre 1983 - »), the first one given. */
    void datelineYear(int year) {
        if (datelineYear == null) {
            datelineYear = year;
        }
    }

    Optional<Integer> datelineYear() {
        return Optional.ofNullable(datelineYear);
    }

    private Resource datelineState;

    /** The state whose capital the report's dateline names (« ANKARA, 21 octobre 1998 - »), the first one given. */
    void datelineState(Resource state) {
        if (datelineState == null) {
            datelineState = state;
        }
    }

    Optional<Resource> datelineState() {
        return Optional.ofNullable(datelineState);
    }

    /** The states named so far by their name or a demonym. */
    Set<Resource> statesNamed() {
        return statesNamed;
    }

    private final Set<Resource> statesNamed = new java.util.HashSet<>();

    void rememberHead(String headKey, Resource entity) {
        lastByHead.put(headKey, entity);
    }

    Optional<Resource> lastWithHead(String headKey) {
        return Optional.ofNullable(lastByHead.get(headKey));
    }

    private final List<Resource> people = new ArrayList<>();

    private final List<Resource> named = new ArrayList<>();

    /** A known person the text names by name alone (not a speaker pronouns refer to, just someone named). */
    void named(Resource person) {
        named.remove(person);
        named.add(person);
    }

    /** The known people named last, latest last. */
    List<Resource> lastNamed(int n) {
        return List.copyOf(named.subList(Math.max(0, named.size() - n), named.size()));
    }

    /** The last {@code n} different people named, oldest first. */
    List<Resource> lastPeople(int n) {
        return List.copyOf(people.subList(Math.max(0, people.size() - n), people.size()));
    }

    private static final java.util.regex.Pattern JOINED_ARTICLE = java.util.regex.Pattern.compile("(?:al|el|ad|as|ach|ash|az|ed|es|ez)-(.+)");

    void rememberPerson(Resource person, String officeKey, String stateIso, String surname) {
        people.remove(person);
        people.add(person);
        if (officeKey != null) {
            personByOffice.put(officeKey, person);
            if (stateIso != null) {
                personByOffice.put(officeKey + "|" + stateIso, person);
            }
        }
        if (surname != null) {
            rememberSurname(person, surname);
        }
    }

    /** A surname that names {@code person} from now on (the last person named with it, as for offices). */
    void rememberSurname(Resource person, String surname) {
        if (surname.length() > 2) {
            personBySurname.put(surname, person);
            // (« Anouar el-Sadate », then « M. Sadate »; « Bachar al-Assad », then « M. Assad »: the press drops the article,
            // whether the report or the reference data gave the name in full)
            java.util.regex.Matcher joined = JOINED_ARTICLE.matcher(surname);
            if (joined.matches() && joined.group(1).length() > 2) {
                personBySurname.putIfAbsent(joined.group(1), person);
            }
        }
    }

    /* Offices that name the head of a state (ckg:OfficeScheme local names). */
    private static final List<String> HEAD_OFFICES = List.of("head-of-state", "president", "leader");

    Optional<Resource> personWithOffice(String officeKey, String stateIso) {
        String key = stateIso != null ? officeKey + "|" + stateIso : officeKey;
        // (« le chef de l'État libyen », « le numéro un libyen » after « le président libyen Mouammar Kadhafi »: a head of
        // state is the president the report named, when it named no other head)
        if (!personByOffice.containsKey(key) && officeKey.equals("head-of-state")) {
            key = stateIso != null ? "president|" + stateIso : "president";
        }
        // (« le président libyen », « le numéro un libyen » after « le dirigeant libyen Mouammar Kadhafi »: the words for
        // the head of one state name one person; only with the state said)
        if (!personByOffice.containsKey(key) && stateIso != null && HEAD_OFFICES.contains(officeKey)) {
            return HEAD_OFFICES.stream().map(o -> personByOffice.get(o + "|" + stateIso)).filter(java.util.Objects::nonNull).findFirst();
        }
        return Optional.ofNullable(personByOffice.get(key));
    }

    Optional<Resource> personWithSurname(String norm) {
        return Optional.ofNullable(personBySurname.get(norm));
    }

    /** The two parties of the relation the report is about, set by « entre X et Y ». */
    void dyad(List<Resource> pair) {
        dyad = List.copyOf(pair);
    }

    List<Resource> dyad() {
        return new ArrayList<>(dyad);
    }
}
