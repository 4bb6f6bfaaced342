using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose counts a statement gives, read from the words around each figure: operations ISIS carried out are its
/// attacks, attacks foiled are no count, the dead of our forces' losses are not ISIS's, and the strength ISIS is
/// thought to have is no count of people killed or taken. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class TallyFigureRoles(ExtractionLexicon lexicon)
{
    /// <summary>The figures of a sentence with their roles read again: a new list (figures made here are new).</summary>
    public List<Figure> Reread(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var tokens = report.Tokens;
        // Read only when a figure may need them: most sentences count nobody, and splitting clauses is not free.
        List<Sentence>? losses = null;
        var kept = new List<Figure>(figures.Count);
        foreach (var f in figures)
        {
            if (f.Kind == FigureKind.Operations && IsFoiled(tokens, sentence, f))
            {
                // "أحبطت 33 عملية إرهابية": what did not happen is counted by nobody.
                continue;
            }
            if (f.Kind == FigureKind.Operations && IsIsisOperation(tokens, sentence, f))
            {
                kept.Add(AsAttacks(f));
                continue;
            }
            if (f.Kind == FigureKind.Casualty && IsStrengthEstimate(tokens, sentence, f))
            {
                continue;
            }
            if (f.Kind == FigureKind.Casualty && !f.SideExplicit && f.Side == CasualtySide.Isis && (losses ??= LossClauses(report, sentence)).Any(c => c.Contains(f.First)))
            {
                // "خسائر قوات البيشمركة ... بلغت 1720 قتيلا": the dead of our forces' losses are theirs.
                f.Side = CasualtySide.Security;
            }
            kept.Add(f);
        }
        if (kept.Exists(f => f.Kind == FigureKind.Operations))
        {
            ResultsOfCountedOperations(report, sentence, kept);
        }
        return kept;
    }

    /// <summary>
    /// "وأسفرت 50 عملية في نينوى عن قتل 12 عنصرا"، "نفذت القطعات 40 عملية أسفرت عن قتل 12 مسلحا": the people a count
    /// of our operations resulted in (a result verb, lexicon resultVerbs, in the clause before them) are ISIS members
    /// killed or taken, whatever side the noun alone ("عنصر") or the words around it suggested. A side the words say (a soldier, "عناصرنا") or a martyrdom word stays.
    /// </summary>
    private void ResultsOfCountedOperations(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var tokens = report.Tokens;
        foreach (var clause in report.ClausesOf(sentence))
        {
            if (figures.Find(f => f.Kind == FigureKind.Operations && clause.Contains(f.First)) is not { } operations)
            {
                continue;
            }
            foreach (var f in figures.Where(f => f is { Kind: FigureKind.Casualty, SideExplicit: false, Category: CasualtyCategory.Killed or CasualtyCategory.Arrested }
                && f.Side != CasualtySide.Isis && f.First > operations.Last && clause.Contains(f.First)))
            {
                var verb = Enumerable.Range(clause.First, f.First - clause.First).Any(j => tokens[j].ReadsAsOneOf(lexicon.ResultVerbs));
                var martyrs = Enumerable.Range(operations.Last + 1, f.First - operations.Last - 1).Any(j => lexicon.Martyrdom.MatchAt(tokens, j) is not null);
                if (verb && !martyrs)
                {
                    f.Side = CasualtySide.Isis;
                }
            }
        }
    }

    /// <summary>
    /// "نفذ داعش 456 عملية", "التنظيم شن 87 عملية", "45 عملية انتحارية": operations whose noun is qualified as
    /// terrorist, or whose subject, right before the verb or between it and the count, is ISIS.
    /// </summary>
    private bool IsIsisOperation(TokenList tokens, Sentence s, Figure f)
    {
        if (f.Last + 1 <= s.Last && lexicon.IsisOperationQualifiers.MatchAt(tokens, f.Last + 1) is not null)
        {
            return true;
        }
        if (OfIsis(tokens, s, f.Last + 1))
        {
            return true;
        }
        var before = f.First - 1;
        if (before < s.First)
        {
            return false;
        }
        // "نفذ داعش 456 عملية": the verb, then ISIS, then the count.
        if (IsisEndingAt(tokens, s, before) is { } subjectStart && subjectStart - 1 >= s.First && lexicon.CarryOutVerbs.MatchAt(tokens, subjectStart - 1) is { } v1 && v1.Last == subjectStart - 1)
        {
            return true;
        }
        // "التنظيم شن 87 عملية": ISIS, then the verb, then the count.
        return lexicon.CarryOutVerbs.MatchAt(tokens, before) is { } v2 && v2.Last == before && before - 1 >= s.First && IsisEndingAt(tokens, s, before - 1) is not null;
    }

    /// <summary>
    /// "1162 عملية لتنظيم داعش"، "عمليات داعش": the operations' owner named right after their noun, with "ل" or in
    /// construct, is ISIS: its operations are its attacks. The name may stand in quotation marks after "تنظيم".
    /// </summary>
    private bool OfIsis(TokenList tokens, Sentence s, int j)
    {
        if (j > s.Last || !tokens[j].IsWord)
        {
            return false;
        }
        if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null)
        {
            return true;
        }
        // 'لتنظيم "داعش"': the organisation's word, then its name in quotation marks.
        var name = j + 1;
        while (name <= s.Last && tokens[name].Text == "\"")
        {
            name++;
        }
        return name > j + 1 && name <= s.Last && tokens[j].Readings.Contains(OrganisationWord) && lexicon.IsisOrgs.MatchAt(tokens, name) is not null;
    }

    /// <summary>"تنظيم": the word before an organisation's name.</summary>
    private const string OrganisationWord = "تنظيم";

    /// <summary>Where a name of ISIS or its men that ends at token <paramref name="end"/> starts, or null.</summary>
    private int? IsisEndingAt(TokenList tokens, Sentence s, int end)
    {
        for (var j = Math.Max(s.First, end - IsisNameWords + 1); j <= end; j++)
        {
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is { } m && m.Last == end)
            {
                return j;
            }
            if (lexicon.Persons.MatchAt(tokens, j) is { } p && p.Last == end && p.Value.Side == CasualtySide.Isis && p.Value.Number == GrammaticalNumber.Plural && !p.Value.Ambiguous)
            {
                return j;
            }
        }
        return null;
    }

    private bool IsFoiled(TokenList tokens, Sentence s, Figure f) =>
        CueBefore(lexicon.FoilCues, tokens, s, f.First, FoilReach);

    /// <summary>
    /// "وجود نحو 600 مسلح", "تواجد قرابة 3 آلاف عنصر": people said to be somewhere, not an outcome. A count of the
    /// dead or wounded themselves ("أفاد بوجود 4 قتلى") is an outcome, whatever verb reports it.
    /// </summary>
    private bool IsStrengthEstimate(TokenList tokens, Sentence s, Figure f) =>
        lexicon.CategoryNouns.MatchAt(tokens, f.Last) is null && lexicon.CategoryNouns.MatchAt(tokens, f.First + 1) is null
        && CueBefore(lexicon.StrengthCues, tokens, s, f.First, StrengthCueReach);

    /// <summary>Whether a phrase of <paramref name="cues"/> ends within <paramref name="reach"/> tokens before token <paramref name="at"/>.</summary>
    private static bool CueBefore(PhraseMatcher<bool> cues, TokenList tokens, Sentence s, int at, int reach)
    {
        for (var j = Math.Max(s.First, at - reach - PhraseWords); j < at; j++)
        {
            if (cues.MatchAt(tokens, j) is { } m && m.Last < at && at - m.Last <= reach)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clauses that tell the losses of forces on our side ("خسائر قوات البيشمركة", "خسائر الجيش").</summary>
    private List<Sentence> LossClauses(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        var found = new List<Sentence>();
        foreach (var clause in report.ClausesOf(sentence))
        {
            for (var j = clause.First; j <= clause.Last; j++)
            {
                if (lexicon.LossNouns.MatchAt(tokens, j) is { } loss && loss.Last + 1 <= clause.Last
                    && (lexicon.SecurityOrgs.MatchAt(tokens, loss.Last + 1) is not null || lexicon.Actors.MatchAt(tokens, loss.Last + 1) is not null))
                {
                    found.Add(clause);
                    break;
                }
            }
        }
        return found;
    }

    private static Figure AsAttacks(Figure f) => new()
    {
        Kind = FigureKind.Attacks,
        Count = f.Count,
        Approximate = f.Approximate,
        First = f.First,
        Last = f.Last,
        Sentence = f.Sentence,
        Conjoined = f.Conjoined,
        Breakdown = f.Breakdown,
        Rule = "count-isis-operations",
    };
}
