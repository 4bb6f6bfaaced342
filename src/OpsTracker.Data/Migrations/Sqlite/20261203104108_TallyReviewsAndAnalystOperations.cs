using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TallyReviewsAndAnalystOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "ReportedTallies",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Unreviewed");

            migrationBuilder.AddColumn<bool>(
                name: "AddedByAnalyst",
                table: "OperationReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TallyReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportFileName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TallyId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Corrections = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TallyReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTallies_ReviewState",
                table: "ReportedTallies",
                column: "ReviewState");

            migrationBuilder.CreateIndex(
                name: "IX_TallyReviews_ReportFileName_EvidenceStart_EvidenceEnd_Scope",
                table: "TallyReviews",
                columns: new[] { "ReportFileName", "EvidenceStart", "EvidenceEnd", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TallyReviews_TallyId",
                table: "TallyReviews",
                column: "TallyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TallyReviews");

            migrationBuilder.DropIndex(
                name: "IX_ReportedTallies_ReviewState",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "AddedByAnalyst",
                table: "OperationReviews");
        }
    }
}
