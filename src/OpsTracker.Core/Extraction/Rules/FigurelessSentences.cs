using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The operations a sentence without figures (none found, or all taken out) tells in its clauses, split at the
/// places that open one (<see cref="FigurelessOperations"/>); a clause about another conflict tells none. Most clauses
/// are turned away by cheap gates before they are read. Holds only the lexicon and the figureless reader: safe to share.
/// </summary>
internal sealed class FigurelessSentences(ExtractionLexicon lexicon, FigurelessOperations figureless)
{
    /// <summary>Adds to <paramref name="drafts"/> the operations the sentence's clauses tell without figures.</summary>
    /// <param name="otherConflict">The clauses about another conflict (<see cref="CrimeFigures.OtherConflictClauses"/>), or null
    /// to find them when a clause is read: a pure function of the clauses, asked only of a clause past the gates.</param>
    public void Read(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Sentence>? otherConflict, DateMention? contextDate, List<OperationDraft> drafts)
    {
        foreach (var whole in clauses)
        {
            // An operation told without figures is placed or it is not read: FigurelessOperations yields a draft only
            // for a place of the clause (its "specific" places, the acting command's included, are all among
            // PlacesIn), and the parts SplitAtPlaceOpeners cuts lie inside the clause. A clause that names no place
            // (most) would read nothing; its kind cues, launches and dates are not looked at. A new figureless
            // reading that needs no place must move this test into FigurelessOperations' own precondition.
            // Asked first (a binary search over the report's places) and the cues below second: the two tests only
            // skip, and neither changes anything the other reads (Has, PlacesIn and MayTellADeed are pure functions of
            // the report; their memos fill the same answers whenever asked), so their order changes no draft; most
            // clauses name no place, and were scanned word by word for a deed (MayTellADeed) before this test turned
            // them away.
            // The one reading that needs no place (a search pursuing the attack told before it, or at its scene:
            // FigurelessOperations.PursuitOfAnAttack) passes by its own cheap gate.
            if (!HasAPlace(report, whole) && !figureless.MayTellAPursuit(report, whole))
            {
                continue;
            }
            // Most clauses name no kind of operation, no launch and no liberation, and then none of their parts does:
            // FigurelessOperations, which asks those first, would read nothing in them.
            if (!report.Has(lexicon.Kinds, whole) && !report.Has(lexicon.OperationLaunches, whole) && !report.Has(lexicon.Liberations, whole)
                && !report.Has(lexicon.TakenControl, whole) && !report.Has(lexicon.OperationCarriedOut, whole) && !figureless.MayTellADeed(report, whole))
            {
                continue;
            }
            otherConflict ??= CrimeFigures.OtherConflictClauses(report, lexicon, clauses);
            foreach (var clause in ClauseSplitter.SplitAtPlaceOpeners(report, whole))
            {
                if (!InAnyOf(otherConflict, clause.First))
                {
                    drafts.AddRange(figureless.Read(report, clause, sentence, contextDate));
                }
            }
        }
    }

    /// <summary>Whether <see cref="PlaceReadings.PlacesIn"/> gives the clause any place (the empty array for most).</summary>
    private static bool HasAPlace(ReportText report, Sentence clause)
    {
        foreach (var _ in report.PlaceReadings.PlacesIn(clause))
        {
            return true;
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="clauses"/> holds the token (no closure per question).</summary>
    private static bool InAnyOf(List<Sentence> clauses, int token)
    {
        foreach (var c in clauses)
        {
            if (c.Contains(token))
            {
                return true;
            }
        }
        return false;
    }
}
