using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A casualty verb or verbal noun whose attached pronoun is the one it hit, with no count in the sentence for him:
/// "وقتلوه", "اعتقلته القوة", "أدى إلى مقتله", "قاموا بإعدامه" count one, "قتلهما", "اعتقلتهما" two. The plural
/// "ـهم" counts the group named before it (<see cref="ObjectPronounTriggerAfter"/>), never a figure of its own.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// How many tokens before the verb the person its pronoun points to is looked for: the man is often named at the
    /// head of his sentence, before where and when ("حاول انتحاري ... في قضاء ... شمالي بغداد، لكن الجنود قتلوه").
    /// </summary>
    private const int PronounReferentReach = 24;

    /// <summary>
    /// Whether a figure of <paramref name="figures"/> counts casualties of <paramref name="category"/>: a loop, since a
    /// lambda over the trigger's match built a closure at every token <see cref="ReadObjectPronoun"/> was asked about.
    /// </summary>
    private static bool HasCasualtyOf(List<Figure> figures, CasualtyCategory category)
    {
        foreach (var f in figures)
        {
            if (f.Kind == FigureKind.Casualty && f.Category == category)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The figure told by the pronoun on the casualty word at <paramref name="i"/>: one for "ـه" (a stem the word's form
    /// shows is a verb or a verbal noun, Clitics.ObjectHimStem), two for "ـهما". None when the sentence counted people of
    /// the same outcome before it (the pronoun points to them), when a count or a people noun follows (then the pronoun
    /// is who did it: "بعد قتله ثلاثة مدنيين"), when the word names a charge, or when a word of dying of one's wounds
    /// stands before it ("متأثرا بإصابته": lexicon diedOfTheWounded).
    /// </summary>
    private Figure? ReadObjectPronoun(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        var t = tokens[i];
        if (!t.IsWord || t.Text[^1] is not ('ه' or 'ا') || lexicon.CasualtyTriggers.MatchAt(tokens, i) is not { } m || m.Last != i
            || PronounCount(t) is not { } count || _triggers.IsCharge(tokens, s, i))
        {
            return null;
        }
        // "توفي متأثرا بإصابته": the wound of a man who died of it, told already; no one more wounded.
        if (HasCasualtyOf(earlier, m.Value) || (i > s.First && tokens[i - 1].ReadsAsOneOf(lexicon.DiedOfTheWounded)))
        {
            return null;
        }
        var next = _triggers.SkipFillers(tokens, i + 1, s);
        if (next <= s.Last && (tokens[next].IsNumber || numbers.ReadAt(tokens, next) is not null || lexicon.Persons.MatchAt(tokens, next) is not null))
        {
            return null;
        }
        var side = m.Value == CasualtyCategory.Arrested ? CasualtySide.Isis
            : lexicon.Martyrdom.MatchAt(tokens, i) is not null ? CasualtySide.Security
            : PronounReferentSide(tokens, s, i, count) ?? _sides.ContextSide(tokens, s, i);
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = m.Value, Side = side, Count = count, Implicit = true,
            First = i, Last = i, Sentence = s.Index, Rule = "trigger-object-pronoun",
        };
    }

    /// <summary>
    /// 2 for a casualty word ending in "ـهما", 1 for one ending in the lone "ـه" after a stem that is itself a casualty
    /// word and, by its form, a verb or a verbal noun (<see cref="Clitics.ObjectHimStem"/>: "قتلوه", "إعدامه"; the
    /// noun of the event "مقتله"; a ta marbuta noun's "ـته": "تصفيته", "إصابته"); null when the word carries no pronoun
    /// of one or two ("قتلهم", "إصابه" with its ta marbuta, "قتله" that is as often "قتلة" killers).
    /// </summary>
    private int? PronounCount(Token t)
    {
        foreach (var r in t.Readings)
        {
            if (r.EndsWith("هما", StringComparison.Ordinal))
            {
                return r.Length - 3 >= 3 && lexicon.CasualtyTriggers.HasWord(r[..^3]) ? 2 : null;
            }
            if (r.Length - 1 < MinimumPossessedStem || r[^1] != 'ه')
            {
                continue;
            }
            var stem = Clitics.ObjectHimStem(r) ?? (r.Length - 1 == MinimumPossessedStem && r[0] == 'م' ? r[..^1] : null);
            if ((stem is not null && lexicon.CasualtyTriggers.HasWord(stem))
                || (r[^2] == 'ت' && lexicon.CasualtyTriggers.HasWord(string.Concat(r.AsSpan(0, r.Length - 2), "ه"))))
            {
                return 1;
            }
        }
        return null;
    }

    /// <summary>
    /// Letters of the noun of the event before its pronoun ("مقتله": مقتل، the pattern مفعل); a word of three letters and
    /// "ـه" is as often a noun with its ta marbuta.
    /// </summary>
    private const int MinimumPossessedStem = 4;

    /// <summary>
    /// The side of the person a pronoun points back to: the nearest people noun before the verb (within
    /// <see cref="PronounReferentReach"/> words) whose number agrees with it (singular for "ـه", dual for "ـهما"),
    /// past the doer named right after a verb, or, when no people are named before it, the first such noun after it (a
    /// headline's order); null when none says whose it is.
    /// </summary>
    private CasualtySide? PronounReferentSide(TokenList tokens, Sentence s, int i, int count)
    {
        var number = count == 2 ? GrammaticalNumber.Dual : GrammaticalNumber.Singular;
        for (var j = i - 1; j >= Math.Max(s.First, i - PronounReferentReach); j--)
        {
            if (_sides.IsDoerOfTheVerbBefore(tokens, s, j))
            {
                continue;
            }
            if (lexicon.Persons.MatchAt(tokens, j) is { } p && p.Value.Number == number)
            {
                return p.Value.Ambiguous ? null : p.Value.Side;
            }
        }
        // "حاصروه وقتلوه.. انتحاري هاجم مقرا": a headline names the man after the verbs that hit him.
        if (!lexicon.Persons.AnyIn(tokens, s.First, i - 1))
        {
            for (var j = i + 1; j <= Math.Min(s.Last, i + PronounReferentReach); j++)
            {
                if (lexicon.Persons.MatchAt(tokens, j) is { } p && p.Value.Number == number)
                {
                    return p.Value.Ambiguous ? null : p.Value.Side;
                }
            }
        }
        return null;
    }
}
