package dev.factcheck.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The words of the corpus: places (from the default vocabulary), outlets, speakers, quoted statements,
 * the sentences that carry each figure, and filler. Filler carries no claim: no figures but ages, clock
 * times and dates, no number words, no vague plurals ("dozens"), no fractions.
 */
final class Text {
    static final String NEWSROOM = "The Daily Ledger";
    static final String[] OUTLETS = {"Reuters", "AFP", "AP", "Bloomberg", "BBC News", "Al Jazeera", "The Guardian",
            "Deutsche Welle", "Anadolu", "Kyodo", "The Times", "Le Monde"};
    private static final Set<String> DATELINED = Set.of("Reuters", "AFP", "AP");
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    /** Places whose first name is ambiguous or reads as something else in prose. */
    private static final Set<String> SKIP_PLACES = Set.of("united-states", "europe", "africa", "new-south-wales",
            "kerala", "henan", "aleppo", "jenin", "sderot", "donetsk", "belgorod", "beit-lahia", "gaza-city");

    private Text() {
    }

    static List<Corpus.Place> places() {
        try (InputStream in = Text.class.getClassLoader()
                .getResourceAsStream("dev/factcheck/rules/vocabulary/places.yaml")) {
            JsonNode root = new YAMLMapper().readTree(in);
            List<Corpus.Place> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("places").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!SKIP_PLACES.contains(e.getKey())) {
                    out.add(new Corpus.Place(e.getKey(), e.getValue().path("names").get(0).asText()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // ------------------------------------------------------------------ people and what they say

    private static final String[] FIRST = {"Amina", "Peter", "Layla", "Omar", "Sofia", "Daniel", "Mariam", "Yusuf",
            "Elena", "Tomas", "Nadia", "Karim", "Ingrid", "Hassan", "Lucia", "Ravi", "Fatima", "Jonas", "Aisha",
            "Marco", "Hana", "Samuel", "Leila", "Viktor", "Rosa", "Ibrahim", "Clara", "Mehmet", "Noor", "Pablo"};
    private static final String[] LAST = {"Wanjiru", "Otieno", "Haddad", "Rahman", "Kovacs", "Moreno", "Saleh",
            "Yilmaz", "Novak", "Okafor", "Brennan", "Farouk", "Lindqvist", "Mensah", "Tanaka", "Castillo", "Aziz",
            "Petrov", "Nakamura", "Dubois", "Oyelaran", "Santos", "Khalil", "Bauer", "Ferreira", "Qureshi"};
    private static final String[] ROLES = {"a regional health official", "the local governor's spokesman",
            "a senior aid coordinator", "the head of the emergency services", "a district administrator",
            "the director of the main hospital", "a spokeswoman for the relief agency", "the town's deputy mayor"};

    /** Two named speakers per story, never shared with another story. {name, role} */
    static String[][] speakers(int story) {
        String[][] out = new String[2][];
        for (int k = 0; k < 2; k++) {
            int i = story * 2 + k;
            out[k] = new String[] {FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length],
                    ROLES[i % ROLES.length]};
        }
        return out;
    }

    // A statement is SUBJECT PREDICATE, CLOSING TAIL, numbered so that two statements share at most one of
    // the four parts: no two are the same statement, and none shares its first or last four words
    // (the quote rules' join keys) with another.
    private static final String[] SUBJECTS = {"Our teams", "The nurses", "Every family", "The volunteers",
            "Local farmers", "The engineers", "Most shopkeepers", "The teachers", "Our drivers", "The doctors",
            "Young people", "The elderly", "Our neighbours", "The mothers", "The fishermen", "The students",
            "Rescue crews", "The mechanics", "Our paramedics", "The bakers", "Aid workers", "The pharmacists",
            "Street vendors", "The pilots", "Our cooks", "The lawyers", "The firefighters", "Bus drivers",
            "The librarians", "Our interpreters", "The carpenters", "Market traders", "The midwives",
            "Taxi drivers", "The priests", "Our accountants", "The plumbers", "Factory workers", "The gardeners",
            "Our electricians", "The miners"};
    private static final String[] PREDICATES = {"have barely slept this week", "keep asking about the schools",
            "are running out of fuel", "cannot reach the northern villages", "lost their savings overnight",
            "want answers from the ministry", "refuse to leave their homes", "queue outside before dawn",
            "sleep in their cars now", "work by torchlight most nights", "share whatever food arrives",
            "dig through rubble by hand", "wait at the checkpoint daily", "watch the river with dread",
            "count every remaining blanket", "repair roofs without proper tools", "phone relatives abroad constantly",
            "carry water up the hill", "treat patients in corridors", "guard the warehouse at night",
            "hear sirens without warning", "walk miles for medicine", "write down every missing name",
            "cook for strangers each evening", "clear the roads before sunrise", "teach children in tents",
            "fix generators with spare parts", "bury the dead quietly", "drive convoys through the mud",
            "translate for foreign doctors", "patrol the flooded streets", "open shelters in churches",
            "ration the last medicines", "search the ruins with dogs", "rebuild the bakery ovens",
            "check every cracked wall", "collect donations from abroad", "comfort frightened toddlers",
            "mend fishing nets again", "lobby the governor every morning", "sort clothes in the gym"};
    private static final String[] CLOSINGS = {"and the government must act", "but nobody in charge listens",
            "so we beg the world", "yet the bread keeps coming", "and winter will be harder",
            "while officials argue about money", "because the system had broken", "although the volunteers bring hope",
            "and every hour of delay hurts", "but we are not giving up", "so patience is wearing thin",
            "and solidarity here feels extraordinary", "though talk of peace helps", "which leaves the poorest stranded",
            "and mud doubles every journey", "so the school comes first", "yet markets reopened surprisingly fast",
            "because trust has simply collapsed", "and cold nights hurt most", "but foreign teams were remarkable",
            "while the capital carries on", "and that is not acceptable", "but messages of support matter",
            "so the council opened buildings", "and our reserves run low", "because one road leads in",
            "and many have nowhere else", "but the promised money vanished", "so check on your neighbours",
            "and the hospital needs blood", "yet engineers trust the dam", "though nobody believes the timetable",
            "and we keep our records", "but the mayor promises help", "so donors should visit themselves",
            "and insurers ignore our letters", "but the ferry stopped running", "so prices have become impossible",
            "and the radio says stay indoors", "yet the stadium became a hospital", "because the bridges were never designed"};
    private static final String[] TAILS = {"right now", "this week", "for months", "every day", "at all",
            "to this day", "in our town", "without fail", "for everyone", "once again", "by now", "since spring",
            "after all", "for good", "above all", "in public", "after midnight", "before winter", "in private",
            "on record", "for certain", "at last", "long ago", "these days", "more than ever", "from here",
            "in the end", "by nightfall", "in earnest", "like before", "as promised", "for sure", "with dignity",
            "in daylight", "at dusk", "before sunrise", "by hand", "on foot", "out loud", "in silence",
            "so far"};

    /** The statement with this number (0 to 1,680): parts i, j, i + j and i + 2j, modulo 41. */
    static String statement(int n) {
        int p = SUBJECTS.length;
        int i = n % p;
        int j = (n / p) % p;
        return SUBJECTS[i] + " " + PREDICATES[j] + ", " + CLOSINGS[(i + j) % p] + " " + TAILS[(i + 2 * j) % p] + ".";
    }

    // ------------------------------------------------------------------ articles

    static void article(Corpus.Article a, Random r, StringBuilder sb) {
        Corpus.Story s = a.story;
        String place = s.place.name();
        sb.append("---\n");
        sb.append("title: \"").append(headline(s, r)).append("\"\n");
        sb.append("outlet: ").append(a.outlet).append('\n');
        sb.append("published: ").append(a.published()).append('\n');
        sb.append("role: ").append(a.draft ? "draft" : "source").append('\n');
        sb.append("---\n");
        List<String> claims = new ArrayList<>();
        for (Corpus.Series x : s.series) {
            boolean planted = a.plant != null && a.plant.series() == x;
            long v = planted ? a.plant.value() : x.values[a.day];
            claims.add(claimSentence(s, x, v, !x.main && !planted, r));
        }
        List<String> quotes = new ArrayList<>();
        int nq = 1 + r.nextInt(2);
        for (int q = 0; q < nq; q++) {
            String[] st = s.statements.get(r.nextInt(s.statements.size()));
            quotes.add(quoteSentence(st, r));
        }
        // lead paragraph: dateline and the first figure
        String lead = claims.get(0);
        if (DATELINED.contains(a.outlet)) {
            sb.append(place.toUpperCase(Locale.ROOT)).append(" (").append(a.outlet).append(") - ");
        }
        sb.append(lead).append(' ').append(filler(s, r)).append("\n\n");
        int fillerLeft = 34 + r.nextInt(8);
        int ci = 1;
        int qi = 0;
        while (fillerLeft > 0 || ci < claims.size() || qi < quotes.size()) {
            int sentences = 1 + r.nextInt(3);
            boolean any = false;
            if (ci < claims.size() && r.nextInt(3) > 0) {
                sb.append(claims.get(ci++));
                any = true;
                sentences--;
            } else if (qi < quotes.size() && r.nextInt(3) == 0) {
                sb.append(quotes.get(qi++));
                any = true;
                sentences--;
            }
            for (int k = 0; k < sentences && fillerLeft > 0; k++) {
                if (any) {
                    sb.append(' ');
                }
                sb.append(filler(s, r));
                fillerLeft--;
                any = true;
            }
            if (any) {
                sb.append("\n\n");
            }
        }
    }

    private static String headline(Corpus.Story s, Random r) {
        String p = s.place.name();
        return switch (s.topic) {
            case HOSTAGES -> pick(r, "Families wait for news as hostage talks drag on", "Mediators push for a new exchange deal",
                    "Hostage families rally outside parliament");
            case CONFLICT -> pick(r, "Fighting intensifies around " + p, "Hospitals in " + p + " overwhelmed",
                    "Civilians flee as shelling hits " + p);
            case EPIDEMIC -> pick(r, "Cholera spreads in " + p, "Vaccination drive expands in " + p,
                    "Health workers race to contain outbreak in " + p);
            case STORM -> pick(r, "Storm leaves trail of damage in " + p, "Clean-up begins in " + p + " after storm",
                    "Rescuers search rubble in " + p);
        };
    }

    private static String claimSentence(Corpus.Story s, Corpus.Series x, long value, boolean hedge, Random r) {
        String p = s.place.name();
        String b = x.body;
        String bc = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        String h = hedge ? pick(r, "", "about ", "some ", "at least ") : "";
        String v = String.format(Locale.ROOT, "%,d", value);
        String hv = h + v;
        return switch (x.id) {
            case "killed" -> pick(r,
                    "The death toll in " + p + " has risen to " + v + ", according to " + b + ".",
                    bc + " said " + v + " people had been killed in " + p + " since the fighting began.",
                    "According to " + b + ", " + v + " people have been killed in " + p + " so far.",
                    "In " + p + ", " + v + " people have been killed since the start of the fighting, " + b + " said.",
                    bc + " said the death toll in " + p + " stood at " + v + ".");
            case "injured" -> pick(r,
                    bc + " said " + v + " people had been wounded in " + p + ".",
                    "In " + p + ", " + v + " people have been injured since the fighting began, " + b + " said.",
                    "According to " + b + ", " + v + " people have been wounded in " + p + " so far.");
            case "displaced" -> pick(r,
                    bc + " said " + hv + " people had been displaced in " + p + ".",
                    capital(hv) + " people have fled their homes in " + p + ", according to " + b + ".",
                    "According to " + b + ", " + hv + " people are displaced in " + p + ".");
            case "strike-killed" -> pick(r,
                    "A strike on a market in " + p + " on " + s.event + " killed " + v + " people, " + b + " said.",
                    bc + " said " + v + " people were killed in a strike on a market in " + p + " on " + s.event + ".");
            case "hostages-held" -> pick(r,
                    bc + " said " + v + " hostages were still being held.",
                    v + " hostages remain in captivity, according to " + b + ".",
                    "According to " + b + ", " + v + " hostages are still held.");
            case "prisoners-held" -> pick(r,
                    bc + " said " + v + " prisoners were still being held.",
                    "According to " + b + ", " + v + " prisoners are still being held.");
            case "hostages-taken" -> pick(r,
                    "Militants seized " + v + " hostages in the October 7 attack, according to " + b + ".",
                    "According to " + b + ", militants seized " + v + " hostages in the October 7 attack.");
            case "cases" -> pick(r,
                    bc + " said " + v + " cases had been confirmed in " + p + " since the outbreak began.",
                    "According to " + b + ", " + v + " infections have been recorded in " + p + " so far.");
            case "hospitalised" -> pick(r,
                    bc + " said " + hv + " patients were being treated in hospital in " + p + ".",
                    "A total of " + v + " patients were in hospital in " + p + ", " + b + " said.");
            case "doses" -> pick(r,
                    "Health workers have administered " + v + " vaccine doses in " + p
                            + " since the campaign began, according to " + b + ".",
                    bc + " said " + v + " vaccine doses had been administered in " + p + " so far.");
            case "buildings" -> pick(r,
                    "The storm has destroyed " + v + " homes in " + p + ", " + b + " said.",
                    bc + " said " + v + " buildings had been damaged or destroyed in " + p + ".",
                    "According to " + b + ", " + v + " homes have been destroyed in " + p + " so far.");
            case "missing" -> pick(r,
                    bc + " said " + hv + " people were still missing in " + p + ".",
                    capital(hv) + " people remain missing in " + p + ", according to " + b + ".");
            case "homeless" -> pick(r,
                    "The storm has left " + hv + " people homeless in " + p + ", " + b + " said.",
                    bc + " said " + hv + " people had been left homeless in " + p + ".");
            default -> throw new IllegalStateException(x.id);
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String quoteSentence(String[] st, Random r) {
        String q = st[0];
        String quoted = q.substring(0, q.length() - 1);
        return switch (r.nextInt(3)) {
            case 0 -> "\u201c" + quoted + ",\u201d said " + st[1] + ", " + st[2] + ".";
            case 1 -> "\u201c" + quoted + ",\u201d " + st[1] + " told reporters.";
            default -> st[1] + ", " + st[2] + ", said: \u201c" + q + "\u201d";
        };
    }

    private static final String[] FILLER = {
            "Residents of {P} described a night of fear as the sound of explosions carried across the city.",
            "Aid agencies have repeatedly warned that conditions in {P} are deteriorating quickly.",
            "The main road into {P} was reopened on {W} after crews cleared the debris.",
            "Shops in the centre of {P} stayed shut, and long queues formed outside the few bakeries still working.",
            "A {AGE}-year-old teacher said she had waited for hours at a checkpoint with her children.",
            "Officials said talks would resume on {W} at {H} a.m. local time.",
            "The government has promised an independent inquiry into how the authorities handled the crisis.",
            "Television footage showed families carrying mattresses and bags of clothes along the highway.",
            "Diplomats said a draft statement was being circulated but had not yet been agreed.",
            "Engineers warned that damaged power lines could take weeks to repair.",
            "The foreign minister is expected to visit the region later this month.",
            "Humanitarian groups said access to the worst-hit areas remained difficult.",
            "Local radio stations broadcast appeals for blood donors throughout the day.",
            "Opposition politicians accused the government of reacting too slowly.",
            "Satellite images reviewed by analysts showed extensive damage to roads and bridges.",
            "Schools in {P} have been closed since the crisis began, and many are being used as shelters.",
            "The weather service forecast more rain for the coming days.",
            "Volunteers handed out bread, blankets and bottled water at a sports hall in {P}.",
            "A spokesperson for the emergency services said crews were working around the clock.",
            "Neighbouring governments have offered to send field hospitals and specialist teams.",
            "Markets in {P} reopened briefly on {W} before closing again in the afternoon.",
            "Families said they had received no warning before the situation worsened.",
            "Some residents returned to check on their homes despite warnings from the police.",
            "The United Nations has called for unimpeded access for aid convoys.",
            "The prime minister chaired an emergency meeting of the cabinet on {W}.",
            "Hospital corridors were crowded with patients and relatives waiting for news.",
            "Police set up roadblocks on the approaches to {P} and checked every vehicle.",
            "A journalist working in {P} said mobile phone coverage was patchy at best.",
            "The electricity company said it hoped to restore power to most homes by the weekend.",
            "Church groups and mosques opened their doors to people who had nowhere to stay.",
            "The central bank said it was monitoring the economic impact of the crisis.",
            "Witnesses said rescuers used heavy machinery to lift slabs of concrete.",
            "The defence ministry declined to comment on the reports.",
            "Fuel shortages have forced many bakeries to cut their opening hours.",
            "On {MONTH} {DAY}, officials announced a new plan to speed up deliveries of supplies.",
            "Doctors said they were treating patients in corridors and car parks.",
            "The mayor of {P} urged residents to stay indoors after dark.",
            "Rights groups called for an investigation into the conduct of the security forces.",
            "Long lines of cars stretched back from the fuel stations on the edge of {P}.",
            "Farmers outside {P} said their fields had been ruined and their animals lost.",
            "The airport operator said flights would resume once the runway had been inspected.",
            "A {AGE}-year-old shopkeeper said he had lost his savings and did not know how to start again.",
            "Relief workers said the most urgent needs were clean water, shelter and medicine.",
            "The interior minister visited {P} on {W} and promised that help was coming.",
            "Community leaders said people felt abandoned by the authorities.",
            "Officials have not said when the schools in {P} will reopen.",
            "The region has been hit by several crises in recent years, straining local budgets.",
            "Critics said warnings from scientists had been ignored for years.",
            "Traffic was diverted through side streets while the main square was cleared."};

    private static String filler(Corpus.Story s, Random r) {
        String f = FILLER[r.nextInt(FILLER.length)];
        if (f.indexOf('{') < 0) {
            return f;
        }
        return f.replace("{P}", s.place.name()).replace("{W}", WEEKDAYS[r.nextInt(7)])
                .replace("{AGE}", Integer.toString(19 + r.nextInt(60))).replace("{H}", Integer.toString(7 + r.nextInt(4)))
                .replace("{MONTH}", MONTHS[r.nextInt(12)]).replace("{DAY}", Integer.toString(1 + r.nextInt(28)));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
