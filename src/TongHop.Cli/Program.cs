using System.Text;
using TongHop.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
