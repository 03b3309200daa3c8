<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kc::ui::BurnersChart</name>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>Busy (%)</translation>
    </message>
    <message>
        <source>Burners: per-core CPU usage</source>
        <translation>Burners: per-core CPU usage</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>kc::ui::MainWindow</name>
    <message>
        <source>Sampling /proc/stat at %1 Hz</source>
        <translation>Sampling /proc/stat at %1 Hz</translation>
    </message>
    <message>
        <source>Cannot measure the cores: %1</source>
        <translation>Cannot measure the cores: %1</translation>
    </message>
    <message>
        <source>About Concurrency Kitchen</source>
        <translation>About Concurrency Kitchen</translation>
    </message>
    <message>
        <source>Concurrency Kitchen %1

Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</source>
        <translation>Concurrency Kitchen %1

Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</translation>
    </message>
    <message>
        <source>Concurrency Kitchen</source>
        <translation>Concurrency Kitchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
</TS>
