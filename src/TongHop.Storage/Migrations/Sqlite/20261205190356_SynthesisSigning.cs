using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TongHop.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "Requests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerTitle",
                table: "Requests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SynthesisNumber",
                table: "Requests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SynthesisRecipients",
                table: "Requests",
                type: "TEXT",
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
