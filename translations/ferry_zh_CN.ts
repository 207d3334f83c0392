<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ferry::gui::ChartText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>short date on a time axis</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>ferry::gui::CommandLine</name>
    <message>
        <source>--lang needs a language, for example --lang zh_CN.</source>
        <translation>--lang 需要指定语言，例如 --lang zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language "%1". Available: en, zh_CN.</source>
        <translation>未知语言“%1”。可用：en、zh_CN。</translation>
    </message>
    <message>
        <source>--log-level needs a level: trace, debug, info, warn, error, critical or off.</source>
        <translation>--log-level 需要指定级别：trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>Unknown log level "%1". Use trace, debug, info, warn, error, critical or off.</source>
        <translation>未知日志级别“%1”。请使用 trace、debug、info、warn、error、critical 或 off。</translation>
    </message>
    <message>
        <source>--profile needs the name of a credential profile.</source>
        <translation>--profile 需要指定凭证配置文件的名称。</translation>
    </message>
    <message>
        <source>Unknown option "%1". Run ferry --help for the options.</source>
        <translation>未知选项“%1”。运行 ferry --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1". Run ferry --help for usage.</source>
        <translation>无法识别的参数“%1”。运行 ferry --help 查看用法。</translation>
    </message>
    <message>
        <source>Usage: ferry [options]
       ferry mask [IN] [-o OUT] [--indent N | --compact]

Ferry takes you through Alibaba Cloud migrations (MMS, DTS, SMC) and keeps a
record of them. With no credentials configured it runs on a local sandbox.

Options:
  --lang LANG        user interface language: en or zh_CN
  --log-level LEVEL  trace, debug, info, warn, error, critical or off
  --profile NAME     use the Ferry credential profile NAME
  --sandbox          use the local sandbox even when credentials exist
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Commands (no display needed):
  mask               mask secrets in JSON (stdin or IN) the way Ferry does;
                     see ferry mask --help
</source>
        <translation>用法：ferry [选项]
      ferry mask [输入文件] [-o 输出文件] [--indent N | --compact]

Ferry 引导您完成阿里云迁移（MMS、DTS、SMC）并保留完整记录。
未配置凭证时，它在本地沙箱上运行。

选项：
  --lang LANG        界面语言：en 或 zh_CN
  --log-level LEVEL  trace、debug、info、warn、error、critical 或 off
  --profile NAME     使用名为 NAME 的 Ferry 凭证配置
  --sandbox          即使存在凭证也使用本地沙箱
  -h, --help         显示本帮助并退出
  -v, --version      显示版本并退出

命令（无需显示器）：
  mask               按 Ferry 的规则屏蔽 JSON 中的密钥（标准输入或输入文件）；
                     参见 ferry mask --help
</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DashboardPage</name>
    <message>
        <source>No migrations yet</source>
        <translation>还没有迁移任务</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ferry watches every MMS, DTS and SMC migration in your account and region here: status, progress, replication lag and what needs your attention.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do next&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;To try Ferry without an account, keep using the &lt;b&gt;sandbox&lt;/b&gt;: a local emulation of the three services with sample data.&lt;/li&gt;&lt;li&gt;To work with your Alibaba Cloud account, set the environment variables &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_ID&lt;/tt&gt; and &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_SECRET&lt;/tt&gt;, or configure the aliyun CLI (&lt;tt&gt;aliyun configure&lt;/tt&gt;), then restart Ferry.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ferry 在此集中展示您账号和地域中的所有 MMS、DTS 和 SMC 迁移：状态、进度、复制延迟以及需要您关注的事项。&lt;/p&gt;&lt;p&gt;&lt;b&gt;下一步&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;如果想在没有账号的情况下试用 Ferry，请继续使用&lt;b&gt;沙箱&lt;/b&gt;：它在本地模拟这三项服务，并附带示例数据。&lt;/li&gt;&lt;li&gt;如果要使用您的阿里云账号，请设置环境变量 &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_ID&lt;/tt&gt; 和 &lt;tt&gt;ALIBABA_CLOUD_ACCESS_KEY_SECRET&lt;/tt&gt;，或配置 aliyun CLI（&lt;tt&gt;aliyun configure&lt;/tt&gt;），然后重新启动 Ferry。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to the sandbox at %1. Its data is generated locally and nothing you do here touches a real account.</source>
        <translation>已连接到沙箱 %1。其数据在本地生成，您在此的任何操作都不会影响真实账号。</translation>
    </message>
    <message>
        <source>Connected to Alibaba Cloud, region %1, with credentials from %2.</source>
        <translation>已连接到阿里云，地域 %1，凭证来自 %2。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::LagChartView</name>
    <message>
        <source>Threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Go: under %1 for %2</source>
        <translation>可放行：低于 %1 持续 %2</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <source>Lag (min)</source>
        <translation>延迟（分钟）</translation>
    </message>
    <message>
        <source>Lag (h)</source>
        <translation>延迟（小时）</translation>
    </message>
    <message>
        <source>Lag: no reading</source>
        <translation>延迟：无读数</translation>
    </message>
    <message>
        <source>Lag %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <source>Trend: not enough readings</source>
        <translation>趋势：读数不足</translation>
    </message>
    <message>
        <source>Falling %1 per minute</source>
        <translation>每分钟下降 %1</translation>
    </message>
    <message>
        <source>Rising %1 per minute</source>
        <translation>每分钟上升 %1</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Drain ETA: not enough readings</source>
        <translation>追平时间：读数不足</translation>
    </message>
    <message>
        <source>Caught up (under %1)</source>
        <translation>已追平（低于 %1）</translation>
    </message>
    <message>
        <source>Not converging</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <source>Drains in about %1 (around %2)</source>
        <translation>约 %1 后追平（约 %2）</translation>
    </message>
    <message>
        <source>Gate unknown: no readings yet</source>
        <translation>放行状态未知：尚无读数</translation>
    </message>
    <message>
        <source>Gate unknown: no reading since %1</source>
        <translation>放行状态未知：自 %1 起无读数</translation>
    </message>
    <message>
        <source>Gate unknown: DTS reports no delay since %1</source>
        <translation>放行状态未知：自 %1 起 DTS 未报告延迟</translation>
    </message>
    <message>
        <source>No go: at or over %1 since %2</source>
        <translation>不可放行：自 %2 起达到或超过 %1</translation>
    </message>
    <message>
        <source>No go yet: under %1 since %2, go at %3</source>
        <translation>暂不可放行：自 %2 起低于 %1，将于 %3 放行</translation>
    </message>
    <message>
        <source>Go since %1</source>
        <translation>自 %1 起可放行</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>%1: lag %2</source>
        <translation>%1：延迟 %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>关于 Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Local sandbox at %1</source>
        <translation>本地沙箱 %1</translation>
    </message>
    <message>
        <source>ALIBABA CLOUD</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Region %1 · credentials from %2</source>
        <translation>地域 %1 · 凭证来自 %2</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The language changes the next time Ferry starts.</source>
        <translation>语言将在 Ferry 下次启动时切换。</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>关于 Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Guided, auditable Alibaba Cloud migrations with MaxCompute Migration Service, Data Transmission Service and Server Migration Center.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;借助 MaxCompute 迁移服务、数据传输服务和服务器迁移中心，引导式、可审计地完成阿里云迁移。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logging to a file is off; messages go to the terminal.</source>
        <translation>未启用文件日志；消息输出到终端。</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsProgressChartView</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Migrating schema</source>
        <translation>迁移结构</translation>
    </message>
    <message>
        <source>Migrating data</source>
        <translation>迁移数据</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Partitions done</source>
        <translation>已完成分区</translation>
    </message>
    <message>
        <source>Partitions per hour, in steps of %1</source>
        <translation>每小时分区数（按 %1 统计）</translation>
    </message>
    <message>
        <source>Tasks: %1 done, %2 running, %3 waiting, %4 failed</source>
        <translation>任务：%1 已完成，%2 进行中，%3 等待中，%4 失败</translation>
    </message>
    <message>
        <source>Partitions %1 of %2 (%3%)</source>
        <translation>分区 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Partitions done: %1</source>
        <translation>已完成分区：%1</translation>
    </message>
    <message>
        <source>Throughput %1 partitions/h</source>
        <translation>吞吐量 %1 分区/小时</translation>
    </message>
    <message>
        <source>Throughput %1 tasks/h</source>
        <translation>吞吐量 %1 任务/小时</translation>
    </message>
    <message>
        <source>ETA: not enough history yet</source>
        <translation>预计完成时间：历史数据不足</translation>
    </message>
    <message>
        <source>Throughput: not enough history</source>
        <translation>吞吐量：历史数据不足</translation>
    </message>
    <message>
        <source>All partitions done</source>
        <translation>所有分区已完成</translation>
    </message>
    <message>
        <source>All tasks done</source>
        <translation>所有任务已完成</translation>
    </message>
    <message>
        <source>Not converging: no progress in the last %1</source>
        <translation>未收敛：最近 %1 无进展</translation>
    </message>
    <message>
        <source>Done in about %1 (%2 to %3), around %4</source>
        <translation>约 %1 后完成（%2 至 %3），约 %4</translation>
    </message>
    <message>
        <source>Done in about %1 (at least %2, no upper bound)</source>
        <translation>约 %1 后完成（至少 %2，无上限）</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcRunsChartView</name>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Scheduled run</source>
        <translation>定时运行</translation>
    </message>
    <message>
        <source>Manual run</source>
        <translation>手动运行</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Next scheduled run</source>
        <translation>下次定时运行</translation>
    </message>
    <message>
        <source>Scheduled slot (every %1)</source>
        <translation>定时时间点（每 %1）</translation>
    </message>
    <message>
        <source>Scheduled slot</source>
        <translation>定时时间点</translation>
    </message>
    <message>
        <source>Runs every %1</source>
        <translation>每 %1 运行一次</translation>
    </message>
    <message>
        <source>Runs once</source>
        <translation>仅运行一次</translation>
    </message>
    <message>
        <source>Next run %1 (in %2)</source>
        <translation>下次运行 %1（%2 后）</translation>
    </message>
    <message>
        <source>No scheduled run</source>
        <translation>无定时运行</translation>
    </message>
    <message>
        <source>Images kept %1 of %2</source>
        <translation>保留镜像 %1 / %2</translation>
    </message>
    <message>
        <source>Images kept %1</source>
        <translation>保留镜像 %1</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>尚无运行记录</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Last run took %1</source>
        <translation>上次运行耗时 %1</translation>
    </message>
    <message>
        <source>%1 since %2, running for %3</source>
        <translation>%1，开始于 %2，已运行 %3</translation>
    </message>
    <message>
        <source>%1 at %2, took %3</source>
        <translation>%1，开始于 %2，耗时 %3</translation>
    </message>
    <message>
        <source>%1; image %2</source>
        <translation>%1；镜像 %2</translation>
    </message>
</context>
<context>
    <name>ferry::model::SeriesStoreError</name>
    <message>
        <source>A lag history cannot be kept for this job: its id is empty or too long.</source>
        <translation>无法为此任务保存延迟历史：任务 ID 为空或过长。</translation>
    </message>
    <message>
        <source>Could not read or write the lag history file %1: %2</source>
        <translation>无法读写延迟历史文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a lag history Ferry can read: its header is damaged. It was left unchanged; set it aside to start a new history.</source>
        <translation>文件 %1 不是 Ferry 可读取的延迟历史：其文件头已损坏。文件未做改动；将其移到一旁即可开始新的历史记录。</translation>
    </message>
    <message>
        <source>The lag history file %1 was written by a newer version of Ferry. It was left unchanged.</source>
        <translation>延迟历史文件 %1 由较新版本的 Ferry 写入。文件未做改动。</translation>
    </message>
    <message>
        <source>The lag history file %1 belongs to another job. It was left unchanged.</source>
        <translation>延迟历史文件 %1 属于另一个任务。文件未做改动。</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>ferry::sandbox::Main</name>
    <message>
        <source>Seconds throttled clients are asked to wait (x-acs-retry-after, sent in milliseconds).</source>
        <translation>被限流的客户端需等待的秒数（x-acs-retry-after，以毫秒发送）。</translation>
    </message>
</context>
</TS>
