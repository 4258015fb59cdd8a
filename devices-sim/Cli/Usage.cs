namespace ResponseCentre.DevicesSim.Cli;

/// <summary>The help text printed for <c>help</c> and after a command-line mistake.</summary>
internal static class Usage
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("""
            Usage: responsecentre-sim <command> [options]

              alarm  Send one alarm as a device and show the centre's answer.
                --device <id>         device id, also the MQTT client id (required), e.g. pendant-0001
                --kind <kind>         alarm kind (required), e.g. push_button
                --message-id <id>     the device's message id (default: a new unique id)
                --host <host>         broker host (default 127.0.0.1)
                --port <port>         broker port (default 1883)
                --secret <secret>     the devices' MQTT password (default: the demo seed's demo-device-secret)
                --mqtt <5|3.1.1>      the MQTT version the devices speak (default: 5)
                Exit code 0 when the centre stored the alarm, 2 when it refused it, 1 on failure.

              run    Simulate residents' devices sending alarms at a steady total rate.
                --residents <n>       number of devices, sim-0001 upwards (required)
                --rate <r>            alarms per second across all devices (default 1)
                --duration <s>        seconds to keep sending (default 60)
                --first <n>           number of the first device (default 1)
                --host <host>         broker host (default 127.0.0.1)
                --port <port>         broker port (default 1883)
                --secret <secret>     the devices' MQTT password (default: the demo seed's demo-device-secret)
                --mqtt <5|3.1.1>      the MQTT version the devices speak (default: 5)
                Exit code 0 when every alarm was stored, 2 when any was refused, 1 when any failed.

              scenario  Play a situation in one resident's home (Ctrl+C ends stove-left-on).
                --name <scenario>     fall-at-night | stove-left-on | dying-battery | restless-nights (required)
                --device <id>         the device that reports it (required): pendant, stove guard or motion sensor
                --motion-device <id>  stove-left-on: the kitchen's motion sensor, reported empty
                --step <s>            seconds between reports (default 1)
                --duration <s>        stove-left-on: stop after this many seconds (default: until Ctrl+C)
                --days <n>            restless-nights: nights of simulated history (default 14)
                --host <host>         broker host (default 127.0.0.1)
                --port <port>         broker port (default 1883)
                --secret <secret>     the devices' MQTT password (default: the demo seed's demo-device-secret)
                --mqtt <5|3.1.1>      the MQTT version the devices speak (default: 5)
            """);
        output.WriteLine($"  Alarm kinds: {string.Join(", ", AlarmKindNames.All)}");
    }
}
