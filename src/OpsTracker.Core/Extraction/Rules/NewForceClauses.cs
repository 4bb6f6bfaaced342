using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Another force's operation, told by a verb whose subject is an indefinite force: "وتمكنت قوة من الشرطة من اعتقال
/// ..."، "كما دمرت مفرزة من الجيش ..."، "واعتقلت قوة ثالثة ...". The verb carries "و" or follows "كما"/"كذلك" (lexicon
/// additiveOpeners); the force noun stands as written (lexicon newForces.nouns: "القوة" is the force told before) and is
/// followed by "من" and its unit, by an ordinal or by "another" (newForces.marks). A bulletin tells each force's
/// operation so: such a clause opens an operation of its own. Holds nothing.
/// </summary>
internal static class NewForceClauses
{
    /// <summary>
    /// The clause is told as another operation's (lexicon anotherOperation: "وفي حادث آخر"، "قوة أخرى") or opens with
    /// another force's verb: it counts what is its own, not more of what was told before it.
    /// </summary>
    public static bool TellsAnotherOperation(ReportText report, ExtractionLexicon lexicon, Sentence clause) =>
        report.Has(lexicon.AnotherOperation, clause) || OpensWithNewForce(report, lexicon, clause);

    /// <summary>Whether the clause, past any marks it opens with, opens with another force's verb.</summary>
    public static bool OpensWithNewForce(ReportText report, ExtractionLexicon lexicon, Sentence clause)
    {
        var first = clause.First;
        while (first < clause.Last && report.Tokens[first].IsClauseBreak)
        {
            first++;
        }
        return OpensAt(report.Tokens, lexicon, first, clause.Last);
    }

    /// <summary>
    /// "قتلت قوة من الجيش 3 إرهابيين في النعيمية، واعتقلت قوة ثالثة إرهابيين اثنين في منطقة أخرى": a clause is cut
    /// before "و" + verb + a new force after a comma when both sides count something; one side alone is left whole
    /// (the force only tells who made the operation counted on the other side).
    /// </summary>
    public static IEnumerable<Sentence> SplitAtNewForce(ReportText report, ExtractionLexicon lexicon, Sentence clause, List<Figure> figures)
    {
        var tokens = report.Tokens;
        var start = clause.First;
        for (var i = clause.First + 1; i + 2 <= clause.Last; i++)
        {
            // The comma first: most tokens are none, and only a comma's next word is asked about forces.
            if (tokens[i - 1].Text != "," || i - start < BulletinItemMinTokens || !(OpensAt(tokens, lexicon, i, clause.Last) || OpensWithFoil(tokens, lexicon, i)))
            {
                continue;
            }
            var cut = i;
            if (ClauseSplitter.AnyFigureStartsIn(figures, start, cut - 1) && ClauseSplitter.AnyFigureStartsIn(figures, cut, clause.Last))
            {
                // The comma stays with the clause before, as a sentence's full stop does.
                yield return clause with { First = start, Last = cut - 1 };
                start = cut;
            }
        }
        yield return clause with { First = start, Last = clause.Last };
    }

    /// <summary>
    /// "قصف الطيران موقعا وقتل 12 إرهابيا في القرية، وأحبط هجوما للتنظيم على قطعات الجيش وقتل 8 من المهاجمين": a
    /// coordinated clause whose verb foils an attack (lexicon foilCues, with its "و") tells another event, the attack
    /// repelled, with what it counts; the strike before keeps its own count.
    /// </summary>
    private static bool OpensWithFoil(TokenList tokens, ExtractionLexicon lexicon, int i) =>
        tokens[i].IsWord && tokens[i].Text.Length > 2 && tokens[i].Text[0] == 'و' && lexicon.FoilCues.MatchAt(tokens, i) is not null;

    /// <summary>"وقتلت قوة من"، "كما تمكنت مفرزة أخرى" at token <paramref name="i"/> (words up to <paramref name="last"/>).</summary>
    private static bool OpensAt(TokenList tokens, ExtractionLexicon lexicon, int i, int last)
    {
        var verb = i;
        if (tokens[i].IsWord && lexicon.AdditiveOpeners.MatchAt(tokens, i) is { } also && also.First == also.Last)
        {
            // "كما قتلت قوة": the verb is the word after "also".
            verb = i + 1;
        }
        else if (!(tokens[i].IsWord && tokens[i].Text.Length > 2 && tokens[i].Text[0] == 'و'))
        {
            return false;
        }
        var force = verb + 1;
        return force + 1 <= last && tokens[verb].IsWord && tokens[force].IsWord && tokens[force + 1].IsWord
            && lexicon.NewForceNouns.Contains(tokens[force].Text) && lexicon.NewForceMarks.Contains(tokens[force + 1].Text);
    }
}
