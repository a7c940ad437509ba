using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TongHop.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SynthesisSigning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignerAuthority",
                table: "Requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "Requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerTitle",
                table: "Requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SynthesisNumber",
                table: "Requests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SynthesisRecipients",
                table: "Requests",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SignerAuthority",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SignerName",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SignerTitle",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SynthesisNumber",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SynthesisRecipients",
                table: "Requests");
        }
    }
}
