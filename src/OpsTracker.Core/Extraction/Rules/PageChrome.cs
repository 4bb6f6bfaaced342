using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Lines a page carries around the report that the report does not tell, read as blank before anything else reads
/// the page: a headline or any line printed twice in a row (a scraped page's title over the same headline: read twice,
/// its figure was a second operation, and the line under the first copy no longer the headline's), and a breadcrumb
/// ("الرئيسية » أخبار العراق » أمن": the site's sections, which pushed the headline off the page's first line). The
/// normalised text keeps its length (each blanked character becomes a space, line breaks stay), so offsets and evidence
/// are untouched; a page without such lines is returned as it is.
/// </summary>
internal static class PageChrome
{
    /// <summary>The most characters a breadcrumb runs to: a few short section names.</summary>
    private const int BreadcrumbMaxLength = 80;

    /// <summary>How many separators (" » ", " › ", " > ") a breadcrumb has at least: three sections.</summary>
    private const int BreadcrumbMinSeparators = 2;

    public static NormalizedText Blank(NormalizedText text)
    {
        // Lines are told apart in the original, where a breadcrumb's "»" is still itself (normalisation makes it a
        // quotation mark); normalisation keeps every line break, so the k-th line is the same in both.
        if (ChromeLines(text.Original) is not { } chrome || text.Text.AsSpan().Count('\n') != chrome.Length - 1)
        {
            return text;
        }
        var chars = text.Text.ToCharArray();
        var line = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                line++;
            }
            else if (line < chrome.Length && chrome[line] && chars[i] != '\r')
            {
                chars[i] = ' ';
            }
        }
        return text.WithSameLengthText(new string(chars));
    }

    /// <summary>Per line of the page, whether it is chrome; null when none is (nothing is allocated then).</summary>
    internal static bool[]? ChromeLines(string page)
    {
        bool[]? chrome = null;
        var previous = ReadOnlySpan<char>.Empty;
        var lineCount = page.AsSpan().Count('\n') + 1;
        var start = 0;
        for (var k = 0; k < lineCount; k++)
        {
            var end = page.IndexOf('\n', start);
            if (end < 0)
            {
                end = page.Length;
            }
            var line = page.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }
            if (line.SequenceEqual(previous) || IsBreadcrumb(line))
            {
                chrome ??= new bool[lineCount];
                chrome[k] = true;
            }
            previous = line;
        }
        return chrome;
    }

    /// <summary>
    /// Short sections set apart by a separator standing alone between spaces (" » ", " › ", " > "), with no opening
    /// guillemet: a quotation «...» closes with the same "»", but against its word.
    /// </summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > BreadcrumbMaxLength || line.Contains('«'))
        {
            return false;
        }
        var separators = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '»' or '›' or '>' && line[i - 1] == ' ' && line[i + 1] == ' ')
            {
                separators++;
            }
        }
        return separators >= BreadcrumbMinSeparators;
    }
}
