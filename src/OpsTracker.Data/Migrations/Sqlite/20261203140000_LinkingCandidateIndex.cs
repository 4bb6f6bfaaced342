using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <summary>
    /// The index event linking reads its candidates through (EventLinker): a province, one date precision, a range of
    /// dates. Each precision has its own part of the candidate window (a day within the new operation's span, a week
    /// up to 6 + 3 days earlier, a month by its first day); with the precision between province and date, each part
    /// reads only its own rows instead of every row of the widest range (at a million operations, 269 rows read for
    /// 858 index entries before; docs/benchmarks.md "Event linking"). Outside the EF model, like the timeline indexes.
    /// </summary>
    [DbContext(typeof(SqliteOpsTrackerDbContext))]
    [Migration("20261203140000_LinkingCandidateIndex")]
    public partial class LinkingCandidateIndex : Migration
    {
        public const string IndexName = "IX_Operations_ProvinceCode_DatePrecision_Date";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.CreateIndex(IndexName, "Operations", ["ProvinceCode", "DatePrecision", "Date"]);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.DropIndex(IndexName, "Operations");
    }
}
