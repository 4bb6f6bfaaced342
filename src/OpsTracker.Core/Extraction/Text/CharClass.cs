using System.Globalization;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// <see cref="char.IsLetter(char)"/>, <see cref="char.IsLetterOrDigit(char)"/>, <see cref="char.IsWhiteSpace(char)"/>
/// and "a letter or a combining mark" answered from one table of all 65,536 UTF-16 code units, filled once from those
/// same methods, so every answer is theirs. The three tokenizers ask them of every character of a report, and for
/// Arabic letters each question was a walk through the Unicode category tables.
/// </summary>
internal static class CharClass
{
    private const byte Letter = 1;
    private const byte LetterOrDigit = 2;
    private const byte WhiteSpace = 4;
    private const byte LetterOrMark = 8;
    private const byte KeptAsIs = 16;

    private static readonly byte[] Classes = Build();

    public static bool IsLetter(char c) => (Classes[c] & Letter) != 0;

    public static bool IsLetterOrDigit(char c) => (Classes[c] & LetterOrDigit) != 0;

    public static bool IsWhiteSpace(char c) => (Classes[c] & WhiteSpace) != 0;

    /// <summary>A letter, or a non-spacing or spacing combining mark (a word character of the date tokenizer).</summary>
    public static bool IsLetterOrMark(char c) => (Classes[c] & LetterOrMark) != 0;

    /// <summary>
    /// A character the normaliser copies as it is (<see cref="ArabicNormalizer.IsKeptAsIs"/>): asked of every character
    /// of a report, where the rule's chain of comparisons was a call and some ten tests a character.
    /// </summary>
    public static bool IsKeptAsIs(char c) => (Classes[c] & KeptAsIs) != 0;

    private static byte[] Build()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var k = 0; k <= char.MaxValue; k++)
        {
            var c = (char)k;
            var bits = 0;
            if (char.IsLetter(c))
            {
                bits |= Letter;
            }
            if (char.IsLetterOrDigit(c))
            {
                bits |= LetterOrDigit;
            }
            if (char.IsWhiteSpace(c))
            {
                bits |= WhiteSpace;
            }
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                bits |= LetterOrMark;
            }
            if (ArabicNormalizer.IsKeptAsIs(c))
            {
                bits |= KeptAsIs;
            }
            classes[k] = (byte)bits;
        }
        return classes;
    }
}
