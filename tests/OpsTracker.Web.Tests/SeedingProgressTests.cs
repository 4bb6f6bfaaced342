using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpsTracker.Data.Seeding;
using OpsTracker.Web.Components.Shared;

namespace OpsTracker.Web.Tests;

public sealed class SeedingProgressTests
{
    [Fact]
    public async Task Shows_loaded_and_pending_reports_and_follows_the_seeding()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        var status = new SeedingStatus();
        ctx.Services.AddSingleton(status);
        var completed = 0;
        status.Start(3);

        var cut = ctx.Render<SeedingProgress>(p => p.Add(c => c.Completed, () => completed++));
        Assert.Contains("0 reports loaded, 3 still loading", cut.Find("[data-testid=seeding-status]").TextContent, StringComparison.Ordinal);

        status.ReportLoaded();
        status.ReportFailed();
        cut.WaitForAssertion(() => Assert.Contains("1 report loaded, 1 still loading, 1 could not be read",
            cut.Find("[data-testid=seeding-status]").TextContent, StringComparison.Ordinal));

        status.ReportRetrying("c.txt", "database unreachable");
        cut.WaitForAssertion(() => Assert.Contains("1 report loaded, 1 still loading, 1 could not be read, 1 waiting for the database",
            cut.Find("[data-testid=seeding-status]").TextContent, StringComparison.Ordinal));

        status.ReportLoaded("c.txt");
        Assert.Empty(status.Retrying);
        status.Complete();
        cut.WaitForAssertion(() => Assert.Equal(1, completed));
        Assert.Contains("2 reports loaded, 0 still loading", cut.Find("[data-testid=seeding-status]").TextContent, StringComparison.Ordinal);
    }
}
