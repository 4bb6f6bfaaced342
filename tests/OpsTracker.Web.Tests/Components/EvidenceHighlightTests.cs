using Bunit;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Operations;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>The operation page marks exactly the evidence span of the report's text and scrolls it into view.</summary>
public sealed class EvidenceHighlightTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    private const string Text = "مقدمة التقرير.\nقتلت قواتنا ثلاثة إرهابيين في الحويجة.\nخاتمة.";

    [Fact]
    public async Task The_mark_covers_exactly_the_span()
    {
        await using var ctx = BunitSetup.Create();
        var start = Text.IndexOf("قتلت", StringComparison.Ordinal);
        var end = Text.IndexOf(".\nخاتمة", StringComparison.Ordinal);
        var cut = ctx.Render<ReportTextView>(p => p.Add(c => c.Text, Text).Add(c => c.Start, start).Add(c => c.End, end));

        var view = cut.Find("[data-testid=report-text]");
        Assert.Equal(("rtl", "ar"), (view.GetAttribute("dir"), view.GetAttribute("lang")));
        Assert.Equal(Text, view.TextContent);
        var mark = Assert.Single(cut.FindAll("mark"));
        Assert.Equal(Text[start..end], mark.TextContent);
        Assert.Equal(Text[..start], view.TextContent[..view.TextContent.IndexOf(mark.TextContent, StringComparison.Ordinal)]);
        ctx.JSInterop.VerifyInvoke("opsTracker.scrollIntoView");
    }

    [Fact]
    public void Offsets_that_miss_the_evidence_fall_back_to_finding_it_and_out_of_range_ones_are_clamped()
    {
        var evidence = "ثلاثة إرهابيين";
        var cut = EvidenceSpan.Cut(Text, 0, 3, evidence);
        Assert.Equal(evidence, cut.Marked);
        Assert.Equal(Text, cut.Before + cut.Marked + cut.After);

        var clamped = EvidenceSpan.Cut(Text, -5, Text.Length + 10);
        Assert.Equal(("", Text, ""), (clamped.Before, clamped.Marked, clamped.After));
    }

    [Fact]
    public async Task The_operation_page_marks_the_Hamrin_evidence_of_the_seed_report()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        var hamrin = (await new OperationQuery(db.Factory).ListAsync(new OperationFilter { Text = "Hamrin" })).Items.Single();
        var detail = (await new OperationQuery(db.Factory).GetAsync(hamrin.Id))!;

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, hamrin.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("mark")));

        var mark = cut.Find("mark");
        Assert.Equal(detail.Report.Text[detail.EvidenceStart..detail.EvidenceEnd], mark.TextContent);
        Assert.Contains("سلسلة جبال حمرين", mark.TextContent, StringComparison.Ordinal);
        Assert.Equal(detail.Report.Text, cut.Find("[data-testid=report-text]").TextContent);
        Assert.Equal($"/reports/{detail.Report.Id}", cut.Find("[data-testid=report-link]").GetAttribute("href"));
        Assert.Contains(cut.FindAll("[data-testid=other-operations] a"), a => a.GetAttribute("href") == $"/operations/{detail.OtherOperations[0].Id}");
        ctx.JSInterop.VerifyInvoke("opsTracker.scrollIntoView");
    }
}
