using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Word lists are numbered in the order the lexicon makes them, and the fast paths keep bits for lists 0-255 only: a
/// token's and a sentence's "may a phrase of list N start here" (four 64-bit words), and the figure finder's one test
/// that spares most tokens its twelve implicit readers (lists 0-127). A list numbered past those limits still reads
/// right, only slowly, so nothing else would notice: session 15 found the implicit readers' test switched off since the
/// victim nouns had been numbered past 64. These tests say so the day a new list pushes a hot one past its limit.
/// </summary>
public class LexiconListNumberTests
{
    private static readonly ExtractionLexicon Lexicon = ExtractionLexicon.Default;

    [Fact]
    public void Every_word_list_has_bits_on_tokens_and_sentences()
    {
        Assert.True(PhraseFirstWords.Count <= 256, $"{PhraseFirstWords.Count} word lists; tokens and sentences keep bits for 256");
    }

    [Fact]
    public void The_lists_the_implicit_readers_start_from_are_numbered_below_128()
    {
        var lists = new (string Name, int Number)[]
        {
            (nameof(Lexicon.CasualtyTriggers), Lexicon.CasualtyTriggers.Number), (nameof(Lexicon.DestroyTriggers), Lexicon.DestroyTriggers.Number),
            (nameof(Lexicon.FoundTriggers), Lexicon.FoundTriggers.Number), (nameof(Lexicon.Hideouts), Lexicon.Hideouts.Number),
            (nameof(Lexicon.Persons), Lexicon.Persons.Number), (nameof(Lexicon.StrikeNouns), Lexicon.StrikeNouns.Number),
            (nameof(Lexicon.VictimNouns), Lexicon.VictimNouns.Number), (nameof(Lexicon.OnePerson), Lexicon.OnePerson.Number),
        };
        Assert.All(lists, l => Assert.True(l.Number < 128, $"{l.Name} is list {l.Number}"));
    }
}
