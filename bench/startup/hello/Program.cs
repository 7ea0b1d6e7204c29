// Reads stdin to the end and prints one line: the runtime's own start-up cost, nothing else.
using var input = Console.OpenStandardInput();
var buffer = new byte[64 * 1024];
var total = 0;
int read;
while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
{
    total += read;
}

Console.WriteLine($"hello {total}");
