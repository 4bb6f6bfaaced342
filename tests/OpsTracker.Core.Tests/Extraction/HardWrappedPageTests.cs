using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// A page copied from an e-mail, a PDF or a terminal comes broken at a fixed width, often inside a figure ("أسفرت عن
/// مقتل" | "ثلاثة إرهابيين"). Read as it is, every line was a sentence, and the development set's tuned parts wrapped at 70
/// columns fell from 0.97 to 0.70 (0.54 at 40). Such a page is read as written a paragraph a line (WrappedLines.Unwrap);
/// a page that is not hard-wrapped is left exactly as it is. Invented text throughout.
/// </summary>
public sealed class HardWrappedPageTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    private const string Headline = "مقتل ثلاثة إرهابيين جنوب غربي كركوك";

    // One paragraph, broken at about 55 characters, twice inside a figure's words.
    private const string Wrapped =
        Headline + "\n" +
        "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن طائرات القوة\n" +
        "الجوية العراقية نفذت ضربة جوية في وادي الشاي أسفرت عن مقتل\n" +
        "ثلاثة إرهابيين وتدمير مضافتين كانوا يتخذونها ملاذا لهم\n" +
        "جنوب غربي محافظة كركوك.\n";

    private const string Unwrapped =
        Headline + "\n" +
        "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن طائرات القوة الجوية العراقية نفذت ضربة جوية في وادي الشاي أسفرت عن مقتل ثلاثة إرهابيين وتدمير مضافتين كانوا يتخذونها ملاذا لهم جنوب غربي محافظة كركوك.\n";

    [Fact]
    public void A_hard_wrapped_page_reads_as_the_same_page_written_a_paragraph_a_line()
    {
        var published = new DateOnly(2024, 3, 10);
        var wrapped = Extractor.Extract(Wrapped, published);
        var unwrapped = Extractor.Extract(Unwrapped, published);

        var operation = Assert.Single(wrapped.Operations);
        Assert.Equal("IQ-KI", operation.Province);
        Assert.Equal(3, operation.Casualties.Single(c => c.Category == CasualtyCategory.Killed).Count);
        Assert.Equal(2, operation.Hideouts.Sum(h => h.Count));
        Assert.Equal(Figures(unwrapped), Figures(wrapped));
    }

    [Fact]
    public void Short_lines_of_a_pages_chrome_above_it_do_not_keep_a_wrapped_page_from_being_read_as_written()
    {
        // A channel's name, a time, a hashtag and a view counter: lines broken by their writer on any page.
        const string chrome = "قناة الأمن\n3 آذار · 9:15 م\n#كركوك\n👁 1250\n";
        var published = new DateOnly(2024, 3, 10);

        Assert.Equal(Figures(Extractor.Extract(chrome + Unwrapped, published)), Figures(Extractor.Extract(chrome + Wrapped, published)));
    }

    [Fact]
    public void Evidence_still_quotes_the_page_as_it_came_line_breaks_and_all()
    {
        var operation = Assert.Single(Extractor.Extract(Wrapped, new DateOnly(2024, 3, 10)).Operations);
        var killed = operation.Casualties.Single(c => c.Category == CasualtyCategory.Killed);

        Assert.Equal(Wrapped[killed.Evidence.Start..killed.Evidence.End], killed.Evidence.Text);
    }

    [Fact]
    public void Only_full_lines_that_end_no_sentence_go_on_and_headlines_paragraphs_and_list_items_keep_their_breaks()
    {
        const string page =
            "حصيلة عمليات قيادة العمليات المشتركة\n" +
            "أعلنت قيادة العمليات المشتركة أن القطعات الأمنية نفذت\n" +
            "خلال الأسبوع الماضي عمليات تفتيش في عدة محافظات أسفرت\n" +
            "عن نتائج عدة، وذكر البيان ان تلك النتائج كانت كالآتي:\n" +
            "- القبض على خمسة إرهابيين في قضاء الحويجة.\n" +
            "- تدمير ثلاثة أوكار في سلسلة جبال حمرين.\n" +
            "\n" +
            "وأضاف البيان أن العمليات مستمرة لملاحقة بقايا عصابات\n" +
            "داعش الإرهابية في المناطق الوعرة وتجفيف منابعها.\n";
        var text = ArabicNormalizer.Normalize(page);

        var read = WrappedLines.Unwrap(text, ExtractionLexicon.Default).Text;

        // The headline is short, the statement's lines are full: they go on; the line ending in a colon, the list
        // items, the blank line and the last line of each paragraph keep their breaks.
        Assert.Equal(6, read.Count(c => c == '\n'));
        Assert.Equal(page.Length, read.Length);
        Assert.Contains(Normalized("قيادة العمليات المشتركة\nأعلنت"), read, StringComparison.Ordinal);
        Assert.Contains(Normalized("نفذت خلال"), read, StringComparison.Ordinal);
        Assert.Contains(Normalized("أسفرت عن"), read, StringComparison.Ordinal);
        Assert.Contains(Normalized("كالآتي:\n-"), read, StringComparison.Ordinal);
        Assert.Contains(Normalized("عصابات داعش"), read, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_written_a_paragraph_a_line_is_not_hard_wrapped_and_comes_back_as_it_is()
    {
        var text = ArabicNormalizer.Normalize(Unwrapped + "\n" + Unwrapped);

        Assert.Null(WrappedLines.BreaksByWidth(text.Original));
        Assert.Same(text, WrappedLines.Unwrap(text, ExtractionLexicon.Default));
    }

    [Fact]
    public void A_headline_and_a_byline_over_short_paragraphs_are_not_a_wrapped_page()
    {
        // Lines under the widest line's width, none ending in a full stop, but only two of them going on: a head.
        const string page =
            "القبض على إرهابيين اثنين في الموصل\n" +
            "بغداد - وكالات\n" +
            "ألقت قوة من الاستخبارات العسكرية القبض على إرهابيين اثنين في الموصل.\n" +
            "وقال مصدر أمني إن المتهمين مطلوبان للقضاء.\n";

        Assert.Null(WrappedLines.BreaksByWidth(page));
    }

    [Fact]
    public void A_headline_as_wide_as_the_page_keeps_its_break_before_the_lead_and_its_figure_is_read_once()
    {
        // The headline fills the width, so only the lead's verb of announcing says a new sentence begins; and the
        // place broken over two lines ("وادي" | "حوران") is the same place as on one line.
        const string page =
            "الاستخبارات العسكرية: تدمير أربعة أوكار لداعش في عملية غربي الأنبار\n" +
            "أعلنت مديرية الاستخبارات العسكرية، اليوم الثلاثاء، أن قوة من مفارزها\n" +
            "نفذت عملية تفتيش في وادي حوران غربي محافظة الأنبار أسفرت عن تدمير\n" +
            "أربعة أوكار كان يستخدمها عناصر داعش الإرهابي، فيما قالت إن وادي\n" +
            "حوران لا يزال من أبرز ملاذات بقايا التنظيم في الصحراء الغربية.\n";

        var result = Extractor.Extract(page, new DateOnly(2023, 5, 9));

        var operation = Assert.Single(result.Operations);
        Assert.Equal("IQ-AN", operation.Province);
        Assert.Equal(4, operation.Hideouts.Sum(h => h.Count));
        Assert.DoesNotContain('\n', operation.Place ?? "");
    }

    private static string Normalized(string text) => ArabicNormalizer.Normalize(text).Text;

    private static string Figures(ExtractionResult result) =>
        string.Join(";", result.Operations.Select(o =>
            $"{o.Province} {o.Date} {o.Kind} " + string.Join(',', o.Casualties.Select(c => $"{c.Side}/{c.Category}={c.Count}"))
            + " " + string.Join(',', o.Hideouts.Select(h => $"{h.Kind}={h.Count}"))));
}
