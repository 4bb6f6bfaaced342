using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The idiom of dying "لقي ... مصرعه / حتفه" (met his death) with its subject between the verb and its object:
/// "لقي 40 من المسلحين الموالين للتنظيم، مصرعهم بغارة". The verb stands before the count, the object with the
/// pronoun of the people counted after them, and a long subject is often set off from the object by a comma, which
/// ends the look for a word of killing after the people (<see cref="TriggerAfter"/>); the idiom's two halves make one
/// word of killing around the subject.
/// </summary>
internal sealed partial class FigureTriggers
{
    /// <summary>
    /// How many words after the people's noun the idiom's object may come: a subject of a relative or a partitive
    /// phrase ("من المسلحين الموالين للتنظيم في المنطقة") and a comma.
    /// </summary>
    private const int DeathIdiomObjectReach = 10;

    /// <summary>
    /// Killed, when the word right before the count is the idiom's verb (lexicon deathIdiom.verbs) and its object
    /// (deathIdiom.objects: "مصرعهم"، "حتفهم") comes within <see cref="DeathIdiomObjectReach"/> words after the people's
    /// noun, past commas but no sentence break or other count; else null.
    /// </summary>
    internal CasualtyCategory? DeathIdiomAround(TokenList tokens, Sentence s, int countFirst, int headLast)
    {
        // Cheap first: the verb must stand right before the count.
        var verb = countFirst - 1;
        if (verb < s.First || !tokens[verb].ReadsAsOneOf(lexicon.DeathIdiomVerbs))
        {
            return null;
        }
        var end = Math.Min(s.Last, headLast + DeathIdiomObjectReach);
        for (var j = headLast + 1; j <= end; j++)
        {
            var t = tokens[j];
            if (t.IsSentenceBreak || t.IsNumber)
            {
                return null;
            }
            if (t.ReadsAsOneOf(lexicon.DeathIdiomObjects))
            {
                return CasualtyCategory.Killed;
            }
        }
        return null;
    }
}
