using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Who carried out an operation: the forces and the operations commands its clause and sentence name. Holds only the
/// lexicon: safe to share.
/// </summary>
internal sealed class OperationActors(ExtractionLexicon lexicon)
{
    /// <summary>
    /// The actors <paramref name="s"/> names, in order, added to <paramref name="actors"/> when not there yet: a loop
    /// rather than an iterator joined to another, since every draft asks it of its clause and of its sentence.
    /// </summary>
    internal void AddActors(ReportText report, Sentence s, List<string> actors)
    {
        if (!report.MayHold(lexicon.OperationsCommandPrefix, s) && !report.MayHold(lexicon.Actors, s))
        {
            // No word of the sentence may start an actor or a command: the walk below would find none.
            return;
        }
        for (var i = s.First; i <= s.Last; i++)
        {
            // "قيادة عمليات كركوك": the operations command of a province or area.
            if (lexicon.OperationsCommandPrefix.MatchAt(report.Tokens, i) is { } cmd && cmd.Last + 1 <= s.Last)
            {
                var place = PlaceAt(report, report.Tokens[cmd.Last + 1].Start);
                if (place is not null && NamesACommand(report.Tokens[cmd.First].Text))
                {
                    AddActor(place.Entry.NameEn + " Operations Command", actors);
                    i = report.TokenAt(place.End - 1);
                    continue;
                }
            }
            if (lexicon.Actors.MatchAt(report.Tokens, i) is { } m)
            {
                AddActor(m.Value, actors);
                i = m.Last;
            }
        }
    }

    /// <summary>
    /// The first place that starts at <paramref name="placeAt"/> or up to <see cref="AssemblerLimits.CommandPlaceSlack"/>
    /// characters after it. Loops in methods of their own: lambdas over the command's match built a closure at every
    /// token of every clause and sentence described.
    /// </summary>
    private static PlaceMention? PlaceAt(ReportText report, int placeAt)
    {
        var places = report.Places;
        for (var k = 0; k < places.Count; k++)
        {
            var p = places[k];
            if (p.Start == placeAt || (p.Start > placeAt - 1 && p.Start <= placeAt + CommandPlaceSlack))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Whether the word holds one of the lexicon's command nouns (commandNouns).</summary>
    private bool NamesACommand(string word)
    {
        var nouns = lexicon.CommandNouns;
        for (var k = 0; k < nouns.Count; k++)
        {
            if (word.Contains(nouns[k], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static void AddActor(string actor, List<string> actors)
    {
        if (!actors.Contains(actor))
        {
            actors.Add(actor);
        }
    }
}
