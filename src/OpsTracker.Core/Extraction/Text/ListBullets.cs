using System.Globalization;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The marks a list's item opens with: a dash or a bullet ("-", "•", "▪", "◾"), and on social posts any symbol or
/// pictograph ("✅", "🔹", "📌", "➖": a post of a security office's results lists them so). One definition for every
/// reader that asks whether a line is an item of a list.
/// </summary>
internal static class ListBullets
{
    /// <summary>Whether the character opens a list's item.</summary>
    public static bool IsBullet(char c) =>
        c is '-' or '–' or '—' or '•' or '*' or '·' or '▪' or '◾'
        || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol;

    /// <summary>Whether a mark token (one character) opens a list's item.</summary>
    public static bool IsBullet(Token token) => token.Kind == TokenKind.Punctuation && token.Text.Length == 1 && IsBullet(token.Text[0]);
}
