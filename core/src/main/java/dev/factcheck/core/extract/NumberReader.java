package dev.factcheck.core.extract;

/**
 * Reads the number itself at a token, in any of the ways copy writes one, before hedges, units and
 * ranges are looked at: digits with separators and decimals (".08" too), a sign ("-4", "minus five",
 * "negative one"), digit fractions and mixed numbers ("3/4", "1 4/5", "10½"), scientific notation
 * ("1e10", "1.3x10^6", "1.1^23"), number words with "and", hyphens, "point" decimals and digits mixed
 * in ("one hundred and six", "twenty-two", "two hundred point zero three", "4 thousand 3 hundred and
 * 21"), scale words and letters ("2.3 million", "a dozen", "10M", "2.5k"), fractions in words ("two
 * thirds", "a trillionth", "one twenty-fifth", "one over three", "five and a half million", "3 million
 * and a half").
 */
final class NumberReader {
    /** What was read: the value, the token after it, the scale word's factor, and how it was written. */
    static final class Read {
        double value;
        int end;
        double scale = 1;
        boolean words;
        boolean fraction;
        /** The fraction stands alone as a share ("two thirds", "a fifth of"), not as part of a number. */
        boolean share;
        /** Read after a currency symbol. */
        boolean money;
    }

    private static final String[] EXPONENT_MARKS = {"x", "×", "*"};
    private final Vocabulary v;

    NumberReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * The number written from token {@code i}, or null; never reads at or past {@code e}. After a
     * currency symbol ({@code money}) a scale letter always scales: "$40m in aid".
     */
    Read read(Tokens t, int i, int e, boolean money) {
        int j = i;
        boolean negative = false;
        if (isSign(t, i, e)) {
            negative = true;
            j = i + 1;
        }
        Read r = new Read();
        r.money = money;
        if (!magnitude(t, j, e, r)) {
            return null;
        }
        if (negative) {
            r.value = -r.value;
        }
        return r;
    }

    /** "-4" written against the number (not "20-30"), "minus five", "negative one". */
    private boolean isSign(Tokens t, int i, int e) {
        if (i + 1 >= e) {
            return false;
        }
        if (t.is(i, "minus") || t.is(i, "negative")) {
            return t.isNumber(i + 1) || v.numberWords.containsKey(t.lower[i + 1]) || t.is(i + 1, "a");
        }
        if (!(t.is(i, "-") || t.is(i, "−"))) {
            return false;
        }
        boolean afterWordOrNumber = t.attached(i) && (t.isWord(i - 1) || t.isNumber(i - 1));
        return t.isNumber(i + 1) && t.attached(i + 1) && !afterWordOrNumber;
    }

    private boolean magnitude(Tokens t, int j, int e, Read r) {
        if (t.isNumber(j) || leadingDecimal(t, j, e)) {
            if (!digitsAt(t, j, e, r)) {
                return false;
            }
        } else if (!wordsAt(t, j, e, r)) {
            return false;
        }
        if (!r.fraction) {
            andFraction(t, e, r);
        }
        if (!r.fraction) {
            ratio(t, e, r);
        }
        return true;
    }

    /** "one in five", "2 in 5", "three out of ten": a share; not "5 in 2023". */
    private void ratio(Tokens t, int e, Read r) {
        int k = r.end;
        int of = t.is(k, "in") ? k + 1 : t.is(k, "out") && t.is(k + 1, "of") ? k + 2 : -1;
        if (of < 0 || of >= e || r.value <= 0 || r.value != Math.rint(r.value) || r.scale != 1) {
            return;
        }
        Read whole = new Read();
        boolean ok = t.isNumber(of) ? digitsAt(t, of, e, whole) && t.lower[of].length() < 4 : cardinal(t, of, e, whole);
        if (ok && whole.value > r.value && whole.value == Math.rint(whole.value)) {
            r.value /= whole.value;
            r.end = whole.end;
            r.fraction = true;
            r.share = true;
        }
    }

    // ---------------------------------------------------------------- digits

    private static boolean leadingDecimal(Tokens t, int j, int e) {
        return t.is(j, ".") && j + 1 < e && t.isNumber(j + 1) && t.attached(j + 1) && !t.attached(j)
                && t.lower[j + 1].indexOf('.') < 0 && t.lower[j + 1].indexOf(',') < 0;
    }

    private boolean digitsAt(Tokens t, int j, int e, Read r) {
        if (t.is(j, ".")) {
            r.value = Double.parseDouble("0." + t.lower[j + 1]);
            r.end = j + 2;
            return true;
        }
        Double d = digits(t.lower[j]);
        if (d == null) {
            return false;
        }
        r.value = d;
        r.end = j + 1;
        if (digitFraction(t, j, e, r) || exponent(t, e, r)) {
            return true;
        }
        glyphFraction(t, e, r);
        mixedFraction(t, e, r);
        scales(t, e, r);
        return true;
    }

    /** Digits as written: "58,386", "2.3", "1,674,200.5"; null for "1,2,3" or a bad group. */
    static Double digits(String s) {
        int comma = s.indexOf(',');
        if (comma >= 0) {
            String[] groups = s.split(",");
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                return null;
            }
            for (int k = 1; k < groups.length; k++) {
                String g = groups[k];
                int dot = g.indexOf('.');
                if ((dot < 0 ? g.length() : dot) != 3) {
                    return null;
                }
            }
            s = s.replace(",", "");
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** "3/4" and "-4/5": a proper fraction written with a slash, not a date such as "9/11/2001". */
    private boolean digitFraction(Tokens t, int j, int e, Read r) {
        int slash = j + 1;
        if (!(slash + 1 < e && t.is(slash, "/") && t.attached(slash) && t.isNumber(slash + 1) && t.attached(slash + 1))) {
            return false;
        }
        if (slash + 2 < e && t.is(slash + 2, "/") && t.attached(slash + 2)) {
            return false;
        }
        Double den = digits(t.lower[slash + 1]);
        if (den == null || den == 0 || r.value >= den || !v.slashDenominators.contains(den.intValue())
                || den != Math.rint(den) || r.value != Math.rint(r.value)) {
            return false;
        }
        r.value = r.value / den;
        r.end = slash + 2;
        r.fraction = true;
        return true;
    }

    /** "1 4/5", "10 1/2 miles": a whole number and a slash fraction after it. */
    private void mixedFraction(Tokens t, int e, Read r) {
        int k = r.end;
        if (!t.isNumber(k) || t.attached(k) || r.value != Math.rint(r.value)) {
            return;
        }
        Read frac = new Read();
        Double n = digits(t.lower[k]);
        if (n == null) {
            return;
        }
        frac.value = n;
        if (digitFraction(t, k, e, frac)) {
            r.value += frac.value;
            r.end = frac.end;
        }
    }

    /** "10½", "2 ¾". */
    private void glyphFraction(Tokens t, int e, Read r) {
        int k = r.end;
        if (k < e && r.value == Math.rint(r.value)) {
            Double g = v.fractionGlyphs.get(t.lower[k]);
            if (g != null) {
                r.value += g;
                r.end = k + 1;
            }
        }
    }

    /** "1e10", "2.5e-3", "1.3x10^6", "1.1^23". */
    private boolean exponent(Tokens t, int e, Read r) {
        int k = r.end;
        if (k >= e || !t.attached(k)) {
            return false;
        }
        String w = t.lower[k];
        if (w.length() > 1 && w.charAt(0) == 'e' && allDigits(w, 1)) {
            return power(r, Math.pow(10, Integer.parseInt(w.substring(1))), k + 1);
        }
        if (w.equals("e") && k + 2 < e && (t.is(k + 1, "-") || t.is(k + 1, "+")) && t.isNumber(k + 2) && t.attached(k + 2)) {
            int exp = (int) Math.rint(digits(t.lower[k + 2]));
            return power(r, Math.pow(10, t.is(k + 1, "-") ? -exp : exp), k + 3);
        }
        if (t.is(k, "^") && k + 1 < e && t.isNumber(k + 1) && t.attached(k + 1)) {
            r.value = Math.pow(r.value, digits(t.lower[k + 1]));
            r.end = k + 2;
            return true;
        }
        for (String mark : EXPONENT_MARKS) {
            boolean glued = w.equals(mark + "10");
            boolean apart = w.equals(mark) && t.is(k + 1, "10");
            int caret = glued ? k + 1 : k + 2;
            if ((glued || apart) && caret + 1 < e && t.is(caret, "^") && t.isNumber(caret + 1)) {
                return power(r, Math.pow(10, digits(t.lower[caret + 1])), caret + 2);
            }
        }
        return false;
    }

    private static boolean power(Read r, double factor, int end) {
        r.value *= factor;
        r.end = end;
        return true;
    }

    private static boolean allDigits(String w, int from) {
        if (w.length() <= from) {
            return false;
        }
        for (int k = from; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- scales

    /**
     * Scale words after a number ("2.3 million", "5 thousand 3 hundred and 21", "3 dozens") and scale
     * letters written against it ("10M", "2.5k", "1.2bn"). A lone "m" is metres unless the figure has
     * decimals or a plural noun or the end of the clause follows ("6m people", "3.4m", not "a 100m race").
     */
    private void scales(Tokens t, int e, Read r) {
        int k = r.end;
        double lastScale = 0;
        while (k < e) {
            int w = k;
            if (t.is(w, "-") && t.attached(w) && w + 1 < e && t.attached(w + 1) && v.scales.containsKey(t.lower[w + 1])
                    && !v.attachedOnlyScales.contains(t.lower[w + 1])) {
                w++;
            }
            String word = t.lower[w];
            Double sc = v.scales.get(word);
            if (word.equals("dozens")) {
                sc = 12.0;
            }
            if (sc == null || !scaleFits(t, w, e, r, sc)) {
                break;
            }
            if (lastScale > 0 && sc >= lastScale) {
                break;
            }
            r.value *= sc;
            r.scale *= sc;
            lastScale = sc >= 1000 ? sc : lastScale;
            k = w + 1;
            if (sc >= 1000 && k < e && t.isNumber(k) && !t.attached(k)) {
                // "4 thousand 3 hundred and 21": the rest of the number after a scale word.
                Read rest = new Read();
                Double n = digits(t.lower[k]);
                if (n != null && n < sc && n == Math.rint(n)) {
                    rest.value = n;
                    rest.end = k + 1;
                    scales(t, e, rest);
                    if (rest.value < sc) {
                        r.value += rest.value;
                        k = rest.end;
                    }
                }
                if (t.is(k, "and") && k + 1 < e && t.isNumber(k + 1) && digits(t.lower[k + 1]) != null
                        && digits(t.lower[k + 1]) < 100) {
                    r.value += digits(t.lower[k + 1]);
                    k += 2;
                }
            }
        }
        r.end = k;
    }

    private boolean scaleFits(Tokens t, int w, int e, Read r, double sc) {
        String word = t.lower[w];
        if (word.equals("hundred") && r.value >= 100) {
            return false;
        }
        if (!v.attachedOnlyScales.contains(word)) {
            return true;
        }
        if (!t.attached(w) || !t.isNumber(w - 1)) {
            // "1,674,200.5 M": a capital scale letter written apart still scales.
            return !t.attached(w) && t.isNumber(w - 1) && t.text(w).equals(word.toUpperCase(java.util.Locale.ROOT))
                    && !word.equals("b") && (w + 1 >= e || t.type[w + 1] == Tokens.PUNCT);
        }
        if (!word.equals("m") || r.money) {
            return true;
        }
        boolean capital = t.text(w).equals("M");
        boolean decimals = r.value != Math.rint(r.value);
        boolean closes = w + 1 >= e || t.type[w + 1] == Tokens.PUNCT && !t.is(w + 1, "-");
        boolean plural = w + 1 < e && t.isWord(w + 1) && t.lower[w + 1].endsWith("s") && !t.lower[w + 1].endsWith("ss");
        return capital || decimals || closes || plural;
    }

    // ---------------------------------------------------------------- words

    private boolean wordsAt(Tokens t, int j, int e, Read r) {
        if (cardinal(t, j, e, r)) {
            r.words = true;
            if (!fractionAfterNumerator(t, e, r)) {
                over(t, e, r);
            }
            return true;
        }
        if (fractionWords(t, j, e, 1, r)) {
            r.words = true;
            r.share = true;
            r.fraction = true;
            fractionScale(t, e, r);
            return true;
        }
        return false;
    }

    /**
     * Cardinal words: "three", "twenty-two", "twenty two", "a hundred", "one hundred and six", "two
     * thousand three hundred", "a million", "a dozen", "three dozen", "two hundred point zero three".
     */
    private boolean cardinal(Tokens t, int j, int e, Read r) {
        double total = 0;
        double current = 0;
        int last = NONE;
        int k = j;
        boolean any = false;
        while (k < e) {
            String w = t.lower[k];
            Double n = v.numberWords.get(w);
            if (n != null) {
                int kind = n < 10 ? UNIT : n < 20 ? TEEN : TENS;
                boolean fits = last == NONE || last == HUNDRED || last == SCALE || last == AND
                        || (last == TENS && kind == UNIT && n > 0);
                if (!fits) {
                    break;
                }
                if (last == TENS && kind == UNIT && k > j && t.is(k - 1, "-") && !t.attached(k)) {
                    break;
                }
                current += n;
                last = kind;
                any = true;
                k++;
                if (kind == TENS && k + 1 < e && t.is(k, "-") && t.attached(k) && t.attached(k + 1)
                        && v.numberWords.containsKey(t.lower[k + 1]) && v.numberWords.get(t.lower[k + 1]) < 10) {
                    k++;
                }
                continue;
            }
            if ((w.equals("a") || w.equals("an")) && !any && k + 1 < e && v.scales.containsKey(t.lower[k + 1])
                    && !v.attachedOnlyScales.contains(t.lower[k + 1])) {
                current = 1;
                any = true;
                last = ARTICLE;
                k++;
                continue;
            }
            Double sc = v.scales.get(w);
            if (sc != null && any && !v.attachedOnlyScales.contains(w) && last != AND && !w.equals("bn") && !w.equals("mn")) {
                if (sc == 100) {
                    if (current >= 100 || last == SCALE && current == 0) {
                        break;
                    }
                    current = (current == 0 ? 1 : current) * 100;
                    last = HUNDRED;
                } else if (sc == 12) {
                    current *= 12;
                    last = SCALE;
                } else {
                    if (total > 0 && total < sc * Math.max(current, 1)) {
                        break;
                    }
                    total += (current == 0 ? 1 : current) * sc;
                    current = 0;
                    r.scale = sc;
                    last = SCALE;
                }
                k++;
                continue;
            }
            if (w.equals("dozens") && any && last != AND) {
                current *= 12;
                last = SCALE;
                k++;
                continue;
            }
            if (w.equals("and") && any && (total > 0 || current >= 100) && k + 1 < e && v.numberWords.containsKey(t.lower[k + 1])
                    && !(k + 2 < e && v.fractions.containsKey(t.lower[k + 2]))) {
                last = AND;
                k++;
                continue;
            }
            if (w.equals("point") && any && k + 1 < e && isDigitWord(t.lower[k + 1])) {
                StringBuilder decimals = new StringBuilder("0.");
                k++;
                while (k < e && isDigitWord(t.lower[k])) {
                    decimals.append(v.numberWords.getOrDefault(t.lower[k], 0.0).intValue());
                    k++;
                }
                current += Double.parseDouble(decimals.toString());
                break;
            }
            break;
        }
        if (!any || last == AND) {
            return false;
        }
        r.value = total + current;
        r.end = k;
        return true;
    }

    private boolean isDigitWord(String w) {
        Double n = v.numberWords.get(w);
        return n != null && n < 10;
    }

    private static final int NONE = 0;
    private static final int UNIT = 1;
    private static final int TEEN = 2;
    private static final int TENS = 3;
    private static final int HUNDRED = 4;
    private static final int SCALE = 5;
    private static final int AND = 6;
    private static final int ARTICLE = 7;

    /** "two thirds", "five eighths", "one twenty-fifth", "a hundred trillionths": the number is a numerator. */
    private boolean fractionAfterNumerator(Tokens t, int e, Read r) {
        int k = r.end;
        if (k >= e || r.value != Math.rint(r.value) || r.value <= 0) {
            return false;
        }
        Read den = new Read();
        if (!denominator(t, k, e, den, r.value == 1)) {
            return false;
        }
        r.value = r.value * den.value;
        r.end = den.end;
        r.fraction = true;
        r.share = true;
        fractionScale(t, e, r);
        return true;
    }

    /**
     * A fraction word with its count, from token j: "a third", "half", "two-thirds", "a trillionth";
     * {@code count} is the numerator when the caller has read it already.
     */
    private boolean fractionWords(Tokens t, int j, int e, double count, Read r) {
        int k = j;
        boolean article = t.is(k, "a") || t.is(k, "an") || t.is(k, "one");
        if (article) {
            k++;
        }
        if (k >= e) {
            return false;
        }
        if (!article && !t.is(k, "half")) {
            return false;
        }
        if (!article && !shareFollows(t, k + 1, e) && !(j > 0 && t.is(j - 1, "by"))) {
            // "half" alone is a share only before what it is a share of ("half the homes", "half of"),
            // not in "half-mast" or "half past".
            return false;
        }
        Read den = new Read();
        if (!denominator(t, k, e, den, true)) {
            return false;
        }
        if (article && t.is(k, "half") && !t.is(j, "one") && den.end < e && !v.scales.containsKey(t.lower[den.end])) {
            // "a half" alone is read after a number ("two and a half"); here it needs a scale.
            return false;
        }
        r.value = count * den.value;
        r.end = den.end;
        return true;
    }

    /**
     * The denominator word at k ("thirds", "fifth", "twenty-fifth", "hundredth"); a singular one after
     * "a"/"one" only where it cannot be a rank ("a third of", "a fifth.", not "a third day").
     */
    private boolean denominator(Tokens t, int k, int e, Read den, boolean singularOk) {
        int end = k + 1;
        Double frac = v.fractions.get(t.lower[k]);
        Double tens = v.numberWords.get(t.lower[k]);
        if (frac == null && tens != null && tens >= 20 && k + 2 < e && t.is(k + 1, "-") && t.attached(k + 1)
                && t.attached(k + 2) && v.fractions.containsKey(t.lower[k + 2])) {
            double unit = 1 / v.fractions.get(t.lower[k + 2]);
            frac = 1 / (tens + unit);
            end = k + 3;
        }
        if (frac == null && t.is(k, "-") && t.attached(k) && k + 1 < e && t.attached(k + 1)) {
            return denominator(t, k + 1, e, den, singularOk);
        }
        if (frac == null) {
            return false;
        }
        String w = t.lower[end - 1];
        boolean plural = w.endsWith("s");
        if (!plural && !singularOk) {
            return false;
        }
        boolean rankLike = !plural && !w.equals("half") && !w.equals("quarter");
        if (rankLike && end < e && t.isWord(end) && !t.is(end, "of") && !t.is(end, "the") && !v.scales.containsKey(t.lower[end])) {
            return false;
        }
        den.value = frac;
        den.end = end;
        return true;
    }

    private boolean shareFollows(Tokens t, int k, int e) {
        return k < e && (t.is(k, "of") || t.is(k, "the") || t.is(k, "its") || t.is(k, "their")
                || v.scales.containsKey(t.lower[k]) && !v.attachedOnlyScales.contains(t.lower[k])
                || (t.is(k, "a") || t.is(k, "an")) && k + 1 < e && v.scales.containsKey(t.lower[k + 1]));
    }

    /** "half a million", "a half million", "two thirds of a billion" is left to the text. */
    private void fractionScale(Tokens t, int e, Read r) {
        int k = r.end;
        if (k + 1 < e && (t.is(k, "a") || t.is(k, "an")) && v.scales.containsKey(t.lower[k + 1])
                && !v.attachedOnlyScales.contains(t.lower[k + 1])) {
            k++;
        }
        Double sc = k < e ? v.scales.get(t.lower[k]) : null;
        if (sc != null && sc >= 100 && !v.attachedOnlyScales.contains(t.lower[k])) {
            r.value *= sc;
            r.scale = sc;
            r.end = k + 1;
            r.share = false;
        }
    }

    /** "one over three", "1 over 3", "one over one hundred and twenty five". */
    private void over(Tokens t, int e, Read r) {
        int k = r.end;
        if (k + 1 >= e || !t.is(k, "over")) {
            return;
        }
        Read den = new Read();
        boolean ok = t.isNumber(k + 1) ? digitsAt(t, k + 1, e, den) : cardinal(t, k + 1, e, den);
        if (ok && den.value > 0 && (den.end >= e || t.type[den.end] == Tokens.PUNCT)) {
            r.value /= den.value;
            r.end = den.end;
            r.fraction = true;
            r.share = true;
        }
    }

    /**
     * "and a half", "and two thirds" after a number: "five and a half million", "3 million and a
     * half" (half of the scale), "one hundred and three and two thirds".
     */
    private void andFraction(Tokens t, int e, Read r) {
        int k = r.end;
        if (k + 1 >= e || !t.is(k, "and")) {
            return;
        }
        Read frac = new Read();
        boolean ok = fractionWords(t, k + 1, e, 1, frac) || cardinalFraction(t, k + 1, e, frac);
        if (!ok && t.is(k + 1, "a") && t.is(k + 2, "half")) {
            frac.value = 0.5;
            frac.end = k + 3;
            ok = true;
        }
        if (!ok) {
            return;
        }
        double scaleOfLast = r.scale >= 1000 ? r.scale : 1;
        r.value += frac.value * scaleOfLast;
        r.end = frac.end;
        if (scaleOfLast == 1) {
            int before = r.end;
            Read scaled = new Read();
            scaled.value = r.value;
            scaled.end = before;
            scales(t, e, scaled);
            r.value = scaled.value;
            r.scale *= scaled.scale;
            r.end = scaled.end;
        }
    }

    private boolean cardinalFraction(Tokens t, int j, int e, Read r) {
        Read n = new Read();
        if (!cardinal(t, j, e, n) || !fractionAfterNumerator(t, e, n)) {
            return false;
        }
        r.value = n.value;
        r.end = n.end;
        return true;
    }
}
