package cn.gov.epidemic.gateway.events;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import cn.gov.epidemic.kitweb.i18n.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gov.epidemic.gateway.problems.ProblemPages.esc;

/**
 * The event catalogue for a person ({@code /docs/events}): rendered on the server from the served AsyncAPI document
 * (every topic, event type, payload schema, header, dead-letter topic) plus how a government system connects; Chinese
 * by default, English for {@code Accept-Language: en}. Plain HTML, no script: it must read the same in any browser.
 */
@Path("/docs/events")
@Blocking
public class EventsPage {

    private static final Pattern VERSION = Pattern.compile("/v([0-9]+)\\.json$");

    @Inject
    ServedCatalogue catalogue;
    @Inject
    GatewayConfig config;

    /** One event type of the document, as the page shows it. */
    record Message(String topic, String channel, String name, String key, String type, String dataschema, String version, JsonNode node) {
    }

    @GET
    @Operation(hidden = true)
    public Response page(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale lang = Languages.of(acceptLanguage);
        boolean en = lang.equals(Languages.EN);
        ObjectNode doc = catalogue.document();
        Schemas schemas = new Schemas(doc);
        List<Message> messages = messages(doc, schemas);
        Map<String, List<String>> consumers = consumers(doc);
        StringBuilder b = new StringBuilder();
        String title = en ? "Event catalogue" : "事件目录";
        b.append("<h1>").append(title).append("</h1>\n<p>").append(esc(doc.path("info").path("description").asText())).append("</p>\n");
        b.append("<p>").append(en ? "The same as AsyncAPI 3.0: " : "AsyncAPI 3.0 文档：")
                .append("<a href=\"/asyncapi\">/asyncapi</a> (JSON), <a href=\"/asyncapi.yaml\">/asyncapi.yaml</a> (YAML). ")
                .append("<a href=\"/docs/\">").append(en ? "API documentation" : "接口文档").append("</a></p>\n");
        b.append("<nav><ul>");
        for (String[] s : new String[][]{{"connect", "如何接入", "How to connect"}, {"topics", "主题", "Topics"}, {"headers", "消息头与键", "Headers and key"},
                {"events", "事件类型", "Event types"}, {"dead-letters", "死信主题", "Dead-letter topics"}, {"types", "数据类型", "Data types"},
                {"groups", "本套件的消费组", "The suite's consumer groups"}}) {
            b.append("<li><a href=\"#").append(s[0]).append("\">").append(en ? s[2] : s[1]).append("</a></li>");
        }
        b.append("</ul></nav>\n");
        connect(b, en, doc, consumers.keySet());
        topics(b, en, doc, messages);
        headers(b, en, schemas, messages);
        events(b, en, schemas, messages, consumers);
        deadLetters(b, en, doc, schemas);
        types(b, en, schemas, messages);
        groups(b, en, doc);
        String page = "<!DOCTYPE html>\n<html lang=\"" + Languages.tag(lang) + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
                + "dt{font-weight:bold}h4{margin-bottom:.2em}</style></head>\n<body>\n" + b + "</body></html>\n";
        return Response.ok(page, "text/html; charset=utf-8").header("Content-Language", Languages.tag(lang))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** Every event message of the document's channels (a dead-letter topic, {@code <topic>.dlq}, carries no type of its own). */
    static List<Message> messages(JsonNode doc, Schemas schemas) {
        List<Message> out = new ArrayList<>();
        doc.path("channels").fields().forEachRemaining(ch -> {
            String topic = ch.getValue().path("address").asText(ch.getKey());
            if (topic.endsWith(".dlq")) return;
            ch.getValue().path("messages").fields().forEachRemaining(m -> {
                JsonNode msg = schemas.deref(m.getValue());
                Map<String, JsonNode> headers = schemas.flatten(msg.path("headers")).properties();
                String type = headers.containsKey("ce_type") && headers.get("ce_type").has("const") ? headers.get("ce_type").get("const").asText()
                        : msg.path("name").asText(m.getKey());
                String dataschema = headers.containsKey("ce_dataschema") && headers.get("ce_dataschema").has("const")
                        ? headers.get("ce_dataschema").get("const").asText() : msg.path("x-dataschema").asText(null);
                Matcher v = VERSION.matcher(dataschema == null ? "" : dataschema);
                String version = v.find() ? v.group(1) : msg.path("x-version").asText(null);
                String key = msg.path("bindings").path("kafka").path("key").path("description").asText(null);
                out.add(new Message(topic, ch.getKey(), m.getKey(), key, type, dataschema, version, msg));
            });
        });
        return out;
    }

    /** {@code #/channels/<channel>/messages/<message>} → the groups that receive it (the document's receive operations). */
    static Map<String, List<String>> consumersByMessage(JsonNode doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        doc.path("operations").fields().forEachRemaining(op -> {
            if (!"receive".equals(op.getValue().path("action").asText())) return;
            String group = op.getValue().path("bindings").path("kafka").path("groupId").path("enum").path(0).asText(op.getKey());
            for (JsonNode m : op.getValue().path("messages")) out.computeIfAbsent(m.path("$ref").asText(), k -> new ArrayList<>()).add(group);
        });
        return out;
    }

    /** The suite's groups, each with the message references it receives. */
    private static Map<String, List<String>> consumers(JsonNode doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        consumersByMessage(doc).forEach((ref, groups) -> groups.forEach(g -> out.computeIfAbsent(g, k -> new ArrayList<>()).add(ref)));
        return out;
    }

    private void connect(StringBuilder b, boolean en, JsonNode doc, Set<String> groups) {
        List<String> hosts = new ArrayList<>();
        doc.path("servers").forEach(s -> hosts.add(s.path("host").asText()));
        long days = config.events().retention().toHours() / 24;
        String retention = days >= 1 && config.events().retention().toHours() % 24 == 0
                ? days + (en ? " days" : " 天") : config.events().retention().toHours() + (en ? " hours" : " 小时");
        String suiteGroups = String.join(", ", groups.stream().map(g -> "<code>" + esc(g) + "</code>").toList());
        b.append("<h2 id=\"connect\">").append(en ? "How to connect" : "如何接入").append("</h2>\n<dl>\n");
        dt(b, en ? "Broker" : "消息代理（Kafka）");
        if (hosts.isEmpty()) {
            b.append(en ? "Not configured on this gateway (<code>gateway.events.brokers</code>): ask the suite's operators for the bootstrap address."
                    : "本网关未配置（<code>gateway.events.brokers</code>）：请向本套件的运维人员索取 bootstrap 地址。");
        } else {
            b.append(en ? "Bootstrap address: " : "bootstrap 地址：").append(String.join(", ", hosts.stream().map(h -> "<code>" + esc(h) + "</code>").toList()))
                    .append(en ? " (Kafka protocol; the same in the document's <code>servers</code>)." : "（Kafka 协议；与文档的 <code>servers</code> 相同）。");
        }
        dd(b);
        dt(b, en ? "Consumer group" : "消费组");
        b.append(en ? "Name yours <code>&lt;your-system&gt;-&lt;purpose&gt;</code>, e.g. <code>health-commission-observations</code>, and never use one of the suite's groups ("
                + suiteGroups + "): a group shares its records among its members, so you would take records away from a service."
                : "命名为 <code>&lt;贵系统&gt;-&lt;用途&gt;</code>，如 <code>health-commission-observations</code>；切勿使用本套件的消费组（" + suiteGroups
                + "）：同一消费组的成员分摊记录，会使服务收不到事件。");
        dd(b);
        dt(b, en ? "Delivery: at least once" : "投递：至少一次");
        b.append(en ? "A record can arrive more than once (a relay retry, a rebalance). Deduplicate on <code>ce_id</code>: keep the ids you processed in the same"
                + " database transaction as the effect of the event (a table with <code>ce_id</code> as its key; a duplicate insert means it was done already), never in memory or in a separate commit."
                : "同一记录可能到达多次（中继重试、再均衡）。以 <code>ce_id</code> 去重：将已处理的 id 与事件的处理结果保存在同一数据库事务中（以 <code>ce_id</code> 为主键的表；插入重复即表示已处理），不要只存内存或单独提交。");
        dd(b);
        dt(b, en ? "Ordering: per key" : "顺序：按键");
        b.append(en ? "The record key is <code>ce_subject</code>, the aggregate id: one aggregate's events are in order within its topic's partition."
                + " Events of different aggregates, and of different topics, have no order between them."
                : "记录键即 <code>ce_subject</code>（聚合 id）：同一聚合的事件在其主题分区内有序；不同聚合、不同主题的事件之间没有顺序。");
        dd(b);
        dt(b, en ? "Tolerant reader" : "宽容读取");
        b.append(en ? "Ignore fields you do not know and event types you do not handle: fields and types are added without a new version."
                : "忽略未知的字段和不处理的事件类型：新增字段和新增事件类型不会产生新版本。");
        dd(b);
        dt(b, en ? "Versioning" : "版本");
        b.append(en ? "Header <code>ce_dataschema</code> names the JSON Schema of the data (<code>…/events/schemas/&lt;ce_type&gt;/v&lt;N&gt;.json</code>, served by this gateway at the same path)."
                + " A compatible change (a new optional field) keeps the version; a breaking change gets a new version, so a new <code>ce_dataschema</code>."
                : "消息头 <code>ce_dataschema</code> 指明数据的 JSON Schema（<code>…/events/schemas/&lt;ce_type&gt;/v&lt;N&gt;.json</code>，本网关以同一路径提供）。"
                + "兼容的变更（新增可选字段）保持版本；不兼容的变更使用新版本，即新的 <code>ce_dataschema</code>。");
        dd(b);
        dt(b, en ? "Retention" : "保留期");
        b.append(en ? "The topics keep a record for " + retention + ". A consumer stopped for longer misses records: read the current state through the API, then resume from the newest offset."
                : "主题保留记录 " + retention + "。停止更久的消费者会错过记录：先通过接口读取当前状态，再从最新位移继续消费。");
        dd(b);
        dt(b, en ? "Dead letters" : "死信");
        b.append(en ? "The suite's consumers move a record they cannot handle to <code>&lt;topic&gt;.dlq</code> (section Dead-letter topics); dead-letter into a topic of your own, not the suite's."
                : "本套件的消费者将无法处理的记录转入 <code>&lt;主题&gt;.dlq</code>（见“死信主题”）；贵系统请使用自己的死信主题，不要写入本套件的主题。");
        dd(b);
        b.append("</dl>\n");
    }

    private static void topics(StringBuilder b, boolean en, JsonNode doc, List<Message> messages) {
        b.append("<h2 id=\"topics\">").append(en ? "Topics" : "主题").append("</h2>\n<table><tr><th>").append(en ? "topic" : "主题").append("</th><th>")
                .append(en ? "what it carries" : "内容").append("</th><th>").append(en ? "event types" : "事件类型数").append("</th><th>")
                .append(en ? "dead letters" : "死信主题").append("</th></tr>\n");
        Set<String> addresses = new LinkedHashSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        doc.path("channels").forEach(c -> {
            String topic = c.path("address").asText();
            if (topic.endsWith(".dlq")) return;
            long n = messages.stream().filter(m -> m.topic().equals(topic)).count();
            b.append("<tr><td><code>").append(esc(topic)).append("</code></td><td>").append(esc(c.path("description").asText())).append("</td><td><a href=\"#topic-")
                    .append(esc(topic)).append("\">").append(n).append("</a></td><td>").append(addresses.contains(topic + ".dlq") ? "<code>" + esc(topic + ".dlq") + "</code>" : "")
                    .append("</td></tr>\n");
        });
        b.append("</table>\n");
    }

    private static void headers(StringBuilder b, boolean en, Schemas schemas, List<Message> messages) {
        b.append("<h2 id=\"headers\">").append(en ? "Headers and key" : "消息头与键").append("</h2>\n<p>")
                .append(en ? "CloudEvents in binary mode: the attributes are Kafka headers, the record value is the data (JSON). Every event type carries these headers"
                        + " (its own section gives the values fixed for it)."
                        : "CloudEvents 二进制模式：属性为 Kafka 消息头，记录值为数据（JSON）。每种事件类型都带有以下消息头（固定取值见各事件类型）。")
                .append("</p>\n");
        if (messages.isEmpty()) return;
        Schemas.Flat h = schemas.flatten(messages.get(0).node().path("headers"));
        b.append("<table><tr><th>").append(en ? "header" : "消息头").append("</th><th>").append(en ? "required" : "必有").append("</th><th>")
                .append(en ? "type" : "类型").append("</th><th>").append(en ? "meaning" : "含义").append("</th></tr>\n");
        h.properties().forEach((name, p) -> {
            if (p.has("const") && (name.equals("ce_type") || name.equals("ce_source") || name.equals("ce_dataschema"))) p = strip(p);
            b.append("<tr><td><code>").append(esc(name)).append("</code></td><td>").append(yes(en, h.required().contains(name))).append("</td><td>")
                    .append(schemas.type(p)).append("</td><td>").append(esc(p.path("description").asText())).append("</td></tr>\n");
        });
        b.append("</table>\n<p>").append(en ? "Key: " : "记录键：").append(esc(messages.get(0).key() == null ? "" : messages.get(0).key())).append("</p>\n");
    }

    /** A header's schema without the const of one message (the generic table shows the header, not one type's value). */
    private static JsonNode strip(JsonNode p) {
        ObjectNode o = p.deepCopy();
        o.remove("const");
        return o;
    }

    private static void events(StringBuilder b, boolean en, Schemas schemas, List<Message> messages, Map<String, List<String>> consumers) {
        b.append("<h2 id=\"events\">").append(en ? "Event types" : "事件类型").append("</h2>\n");
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        consumers.forEach((g, refs) -> refs.forEach(r -> byMessage.computeIfAbsent(r, k -> new ArrayList<>()).add(g)));
        String topic = null;
        for (Message m : messages) {
            if (!m.topic().equals(topic)) {
                topic = m.topic();
                b.append("<h3 id=\"topic-").append(esc(topic)).append("\">").append(en ? "Topic " : "主题 ").append("<code>").append(esc(topic)).append("</code></h3>\n");
            }
            JsonNode msg = m.node();
            b.append("<h4 id=\"").append(esc(m.type())).append("\"><code>").append(esc(m.type())).append("</code></h4>\n<p>")
                    .append(esc(msg.path("summary").asText(msg.path("title").asText()))).append("</p>\n<dl>");
            dt(b, en ? "Version" : "版本");
            b.append(m.version() == null ? "—" : esc(m.version()));
            dd(b);
            dt(b, "dataschema");
            if (m.dataschema() == null) {
                b.append("—");
            } else {
                String path = URI.create(m.dataschema()).getRawPath();
                b.append("<code>").append(esc(m.dataschema())).append("</code> (<a href=\"").append(esc(path)).append("\">").append(en ? "the schema" : "数据模式").append("</a>)");
            }
            dd(b);
            dt(b, en ? "Published" : "发布时机");
            b.append(esc(msg.path("description").asText()));
            dd(b);
            dt(b, en ? "Key" : "记录键");
            b.append(esc(m.key() == null ? "ce_subject" : m.key()));
            dd(b);
            Map<String, JsonNode> fixed = schemas.flatten(msg.path("headers")).properties();
            dt(b, en ? "Fixed headers" : "固定消息头");
            fixed.forEach((name, p) -> {
                if (p.has("const") && !Set.of("ce_specversion", "content-type").contains(name)) {
                    b.append("<code>").append(esc(name)).append("</code> = <code>").append(esc(p.get("const").asText())).append("</code> ");
                }
            });
            dd(b);
            List<String> groups = byMessage.getOrDefault("#/channels/" + m.channel() + "/messages/" + m.name(), List.of());
            dt(b, en ? "Consumed in the suite by" : "本套件内的消费组");
            b.append(groups.isEmpty() ? "—" : String.join(", ", groups.stream().map(g -> "<code>" + esc(g) + "</code>").toList()));
            dd(b);
            b.append("</dl>\n<p>").append(en ? "Data: " : "数据：").append(schemas.type(msg.path("payload"))).append("</p>\n");
            fields(b, en, schemas, msg.path("payload"));
        }
    }

    private static void deadLetters(StringBuilder b, boolean en, JsonNode doc, Schemas schemas) {
        b.append("<h2 id=\"dead-letters\">").append(en ? "Dead-letter topics" : "死信主题").append("</h2>\n");
        doc.path("channels").forEach(c -> {
            String topic = c.path("address").asText();
            if (!topic.endsWith(".dlq")) return;
            b.append("<h3><code>").append(esc(topic)).append("</code></h3>\n<p>").append(esc(c.path("description").asText())).append("</p>\n");
            c.path("messages").forEach(m -> {
                JsonNode msg = schemas.deref(m);
                b.append("<p>").append(esc(msg.path("summary").asText())).append("</p>\n");
                Schemas.Flat h = schemas.flatten(msg.path("headers"));
                b.append("<table><tr><th>").append(en ? "header" : "消息头").append("</th><th>").append(en ? "required" : "必有").append("</th><th>")
                        .append(en ? "meaning" : "含义").append("</th></tr>\n");
                h.properties().forEach((name, p) -> {
                    if (name.startsWith("dlq_")) {
                        b.append("<tr><td><code>").append(esc(name)).append("</code></td><td>").append(yes(en, h.required().contains(name))).append("</td><td>")
                                .append(esc(p.path("description").asText())).append("</td></tr>\n");
                    }
                });
                b.append("</table>\n");
            });
        });
    }

    /** Every named schema the payloads use, directly or through others, with its fields. */
    private static void types(StringBuilder b, boolean en, Schemas schemas, List<Message> messages) {
        b.append("<h2 id=\"types\">").append(en ? "Data types" : "数据类型").append("</h2>\n");
        Set<String> names = new TreeSet<>();
        List<JsonNode> todo = new ArrayList<>();
        messages.forEach(m -> todo.add(m.node().path("payload")));
        while (!todo.isEmpty()) {
            for (String ref : todo.remove(todo.size() - 1).findValuesAsText("$ref")) {
                if (ref.startsWith(Schemas.COMPONENTS) && names.add(Schemas.name(ref))) todo.add(schemas.resolve(ref));
            }
        }
        for (String name : names) {
            JsonNode s = schemas.resolve(Schemas.COMPONENTS + name);
            b.append("<h3 id=\"schema-").append(esc(name)).append("\"><code>").append(esc(name)).append("</code></h3>\n");
            if (s.has("description")) b.append("<p>").append(esc(s.get("description").asText())).append("</p>\n");
            if (s.has("enum")) b.append("<p>").append(en ? "Values: " : "取值：").append(values(s.get("enum"))).append("</p>\n");
            fields(b, en, schemas, s);
        }
    }

    private static void groups(StringBuilder b, boolean en, JsonNode doc) {
        b.append("<h2 id=\"groups\">").append(en ? "The suite's consumer groups" : "本套件的消费组").append("</h2>\n<p>")
                .append(en ? "Listed so that no other system takes their names." : "列出以免其他系统占用这些名称。").append("</p>\n<table><tr><th>")
                .append(en ? "group" : "消费组").append("</th><th>").append(en ? "reads" : "读取").append("</th><th>").append(en ? "what it does" : "作用").append("</th></tr>\n");
        doc.path("operations").fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            if (!"receive".equals(o.path("action").asText())) return;
            String channel = Schemas.name(o.path("channel").path("$ref").asText());
            b.append("<tr><td><code>").append(esc(o.path("bindings").path("kafka").path("groupId").path("enum").path(0).asText(op.getKey()))).append("</code></td><td><code>")
                    .append(esc(doc.path("channels").path(channel).path("address").asText(channel))).append("</code></td><td>")
                    .append(esc(o.path("description").asText(o.path("summary").asText()))).append("</td></tr>\n");
        });
        b.append("</table>\n");
    }

    /** The fields of an object schema: name, type, required, description. */
    private static void fields(StringBuilder b, boolean en, Schemas schemas, JsonNode schema) {
        Schemas.Flat f = schemas.flatten(schema);
        if (f.properties().isEmpty()) return;
        b.append("<table><tr><th>").append(en ? "field" : "字段").append("</th><th>").append(en ? "type" : "类型").append("</th><th>")
                .append(en ? "required" : "必有").append("</th><th>").append(en ? "meaning" : "含义").append("</th></tr>\n");
        f.properties().forEach((name, p) -> b.append("<tr><td><code>").append(esc(name)).append("</code></td><td>").append(schemas.type(p)).append("</td><td>")
                .append(yes(en, f.required().contains(name))).append("</td><td>").append(esc(p.path("description").asText())).append("</td></tr>\n"));
        b.append("</table>\n");
    }

    static String values(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add("<code>" + esc(v.asText()) + "</code>"));
        return String.join(", ", out);
    }

    private static String yes(boolean en, boolean yes) {
        return yes ? (en ? "yes" : "是") : (en ? "no" : "否");
    }

    private static void dt(StringBuilder b, String term) {
        b.append("<dt>").append(term).append("</dt><dd>");
    }

    private static void dd(StringBuilder b) {
        b.append("</dd>\n");
    }
}
