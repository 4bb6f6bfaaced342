using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// One count told for two outcomes, the dead and the wounded together: "قتل وأصيب ثلاثة"، "مقتل وإصابة 25" (two verbs
/// before the count), "أسفر عن سقوط 25 قتيلا وجريحا" (the nouns of two outcomes joined by و after it), "بين قتيل
/// وجريح" after people counted: a figure of neither. Holds only the lexicon and the number reader: built once and
/// shared by every report's figure finder and its non-events (<see cref="NonEvents"/>).
/// </summary>
internal sealed class TwoOutcomeCounts(ExtractionLexicon lexicon, NumberReader numbers)
{
    /// <summary>"قتل وأصيب ثلاثة": one count for two outcomes, a total that the text breaks down elsewhere.</summary>
    internal bool IsCombinedCount(TokenList tokens, Sentence s, int first, List<Figure> earlier)
    {
        first = BeforeCountNoun(tokens, s, first);
        var j = first - 1;
        // "قتل وجرح فيها 8147": a pronoun between the verbs and the count.
        if (j > s.First && tokens[j].IsWord && tokens[j].Text is "فيها" or "فيه" or "خلالها" or "خلاله" or "منهم" or "بينهم")
        {
            j--;
            first--;
        }
        // "قتل أو اعتقال 44": "or" between the verbs joins them as "و" does: the count is of either, so of neither.
        var eitherOr = j - 1 > s.First && tokens[j - 1].ReadsAsOneOf(lexicon.EitherOr);
        if (j - 1 < s.First || !(tokens[j].Text.StartsWith('و') || eitherOr))
        {
            return false;
        }
        var second = lexicon.CasualtyTriggers.MatchAt(tokens, j);
        if (second is null || second.Last != first - 1)
        {
            return false;
        }
        var firstEnd = eitherOr ? j - 2 : j - 1;
        for (var k = firstEnd; k >= Math.Max(s.First, firstEnd - 2); k--)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is { } m && m.Last == firstEnd)
            {
                // "4 جنود قتلوا وأصيب 7 آخرون": a plural (or dual) verb agrees with people told before it and closes
                // their figure; the count is the second verb's. "قتل وأصيب ثلاثة" has verbs before their subject,
                // which Arabic leaves singular. "لقي خمسة ... حتفهم وأصيب سبعة آخرون": so does a noun whose plural or
                // dual pronoun points back to the people told before it.
                var closesAFigure = earlier.Count > 0 && earlier[^1].Last < k && m.First == m.Last && tokens[k].Text.Length > 3
                    && (tokens[k].Text.EndsWith("وا", StringComparison.Ordinal) || tokens[k].Text.EndsWith("ا", StringComparison.Ordinal)
                        || tokens[k].Text.EndsWith("هم", StringComparison.Ordinal));
                return m.Value != second.Value && !closesAFigure;
            }
        }
        return false;
    }

    /// <summary>
    /// "منتسبا استشهد وأصيب ثلاثة آخرون"، "ثلاثة من المقاتلين شهداء وأصيب 8 آخرون": "others" (lexicon others) right
    /// after the count, with people counted before the two verbs, says the count is of people other than those: the
    /// second verb's alone, not the dead and the wounded together (a singular verb agreeing with one person told
    /// before it looks like a verb before its subject).
    /// </summary>
    internal bool OthersAfter(TokenList tokens, Sentence s, Numbers.CountExpression count, List<Figure> earlier)
    {
        var next = count.LastToken + 1;
        return earlier.Count > 0 && next <= s.Last && lexicon.Others.MatchAt(tokens, next) is not null;
    }

    /// <summary>
    /// "مقتل وإصابة عدد (24) عنصرا": where the count in digits at <paramref name="first"/> stands after the noun "number"
    /// (lexicon countReached.count) and, it may be, a bracket, the index of that noun, which the words before the count stand
    /// before; else <paramref name="first"/>. Iraqi official statements write their counts so.
    /// </summary>
    private int BeforeCountNoun(TokenList tokens, Sentence s, int first)
    {
        if (!tokens[first].IsNumber)
        {
            return first;
        }
        var j = first - 1;
        if (j > s.First && tokens[j].Text == "(")
        {
            j--;
        }
        return j > s.First && lexicon.CountNouns.MatchAt(tokens, j) is { } noun && noun.First == j && noun.Last == j ? j : first;
    }

    /// <summary>
    /// Whether the category noun <paramref name="noun"/> right after a count is followed, with nothing but و between
    /// them, by a category noun of another outcome that has no count of its own ("قتيلا وجريحا"، "قتلى وجرحى"). A
    /// second noun with its own count ("11 قتيلا و4 جرحى"), or a dual that counts itself ("3 قتلى وجريحين"), is a
    /// second figure and stays.
    /// </summary>
    internal bool IsTwoOutcomeNouns(TokenList tokens, Sentence s, PhraseMatch<Domain.CasualtyCategory> noun)
    {
        var next = noun.Last + 1;
        if (next <= s.Last && tokens[next].Text == Particles.Wa)
        {
            next++;
        }
        if (next > s.Last || !Coordination.JoinedByWa(tokens, s, next))
        {
            return false;
        }
        // "ثلاثة قتلى وجريحين": a dual counts itself, two of the other outcome, and leaves the count its own noun's.
        return lexicon.CategoryNouns.MatchAt(tokens, next) is { } other && other.Value != noun.Value
            && lexicon.VictimNouns.MatchAt(tokens, next) is not { Value.Number: GrammaticalNumber.Dual };
    }

    /// <summary>
    /// "سقط في الانفجار 9 مدنيين وشرطيين بين قتيل وجريح"، "ارتفع عدد قتلى وجرحى المقاتلين إلى 17 عنصرا": people counted
    /// by a noun of people (not of an outcome) whom the text divides "between the dead and the wounded" right after them, or
    /// whose count is the number (a head noun: lexicon bothOutcomes.heads) of the dead and the wounded named before it in
    /// its sentence, are both outcomes together, as "مقتل وإصابة 25" is: a figure of neither. A count with a noun of one
    /// outcome ("إلى 10 قتلى") says which it counts and stays; so does a count another number stands before.
    /// </summary>
    internal bool CountsBothOutcomes(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Rule == "count-category-noun")
        {
            return false;
        }
        if (figure.Implicit || !tokens[figure.First].IsNumber && numbers.ReadAt(tokens, figure.First) is null)
        {
            return NounAfterTwoOutcomeVerbs(tokens, s, figure, earlier);
        }
        for (var j = figure.Last + 1; j <= Math.Min(s.Last, figure.Last + AssemblerLimits.BothOutcomesAfterReach); j++)
        {
            if (tokens[j].IsClauseBreak || tokens[j].IsNumber)
            {
                break;
            }
            if (tokens[j].ReadsAsOneOf(lexicon.BothOutcomesBetween) && j + 1 <= s.Last
                && lexicon.CategoryNouns.MatchAt(tokens, j + 1) is { } divided && IsTwoOutcomeNouns(tokens, s, divided))
            {
                return true;
            }
        }
        for (var j = figure.First - 1; j >= Math.Max(s.First, figure.First - AssemblerLimits.BothOutcomesHeadReach); j--)
        {
            if (tokens[j].IsSentenceBreak || tokens[j].IsNumber)
            {
                return false;
            }
            if (tokens[j].ReadsAsOneOf(lexicon.BothOutcomesHeads) && j + 1 < figure.First
                && lexicon.CategoryNouns.MatchAt(tokens, j + 1) is { } counted && IsTwoOutcomeNouns(tokens, s, counted))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "مقتل وإصابة شخصين"، "استشهاد وإصابة منتسبين": a noun that counts itself (a dual, or a singular as one) governed
    /// by two verbal nouns of different outcomes joined by و is their common object, the dead and the wounded
    /// together, as "مقتل وإصابة 25" is (<see cref="IsCombinedCount"/>): a figure of neither. Only a noun right after
    /// the second verbal noun: "مقتل مدني وإصابة شرطي" gives each outcome a noun of its own.
    /// </summary>
    private bool NounAfterTwoOutcomeVerbs(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier) =>
        figure.Rule == "trigger-person-noun" && lexicon.CasualtyTriggers.MatchAt(tokens, figure.First) is { } trigger
        && trigger.Last + 1 <= figure.Last && IsCombinedCount(tokens, s, trigger.Last + 1, earlier);

    /// <summary>
    /// "فأوقعوا عددا من القتلى والجرحى، بينهم قياديان"، "سقوط قتلى وجرحى بينهم ضابطان": people named after a breakdown
    /// cue (lexicon breakdownCues) whose group is the dead and the wounded together are some of both, so of neither:
    /// the figure is a breakdown and no count of its own. The pair (a category noun, و, a category noun of the other
    /// outcome) ends within <see cref="AssemblerLimits.TwoOutcomeCueReach"/> words before the cue.
    /// </summary>
    internal void MarkAmongTwoOutcomes(TokenList tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Breakdown)
        {
            return;
        }
        var cueAt = -1;
        for (var j = figure.First - 1; j >= Math.Max(s.First, figure.First - 2); j--)
        {
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } cue && cue.Last == figure.First - 1)
            {
                cueAt = j;
                break;
            }
        }
        if (cueAt < 0)
        {
            return;
        }
        for (var k = cueAt - 1; k >= Math.Max(s.First, cueAt - AssemblerLimits.TwoOutcomeCueReach); k--)
        {
            if (lexicon.CategoryNouns.MatchAt(tokens, k) is { } noun && IsTwoOutcomeNouns(tokens, s, noun))
            {
                figure.Breakdown = true;
                return;
            }
        }
    }
}
