package dev.kalkan.policy;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.config.ConfigException;
import dev.kalkan.detect.config.NodeReader;
import dev.kalkan.detect.config.Suggestion;
import dev.kalkan.detect.config.YamlNode;
import dev.kalkan.detect.config.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy text into a {@link Policy}, validating all of it: the first problem ends the parse
 * with a {@link PolicyException} at the node's line and column. Node checks and their messages are
 * the scan configuration's ({@link NodeReader}), so both files report mistakes alike. One parser
 * per text; not shared.
 */
final class PolicyParser {
  private static final List<String> TOP_KEYS = List.of("description", "lists", "rules", "default");
  private static final List<String> RULE_KEYS =
      List.of("id", "description", "when", "action", "incident", "suspend");
  private static final List<String> DEFAULT_KEYS =
      List.of("description", "action", "incident", "suspend");
  private static final List<String> WHEN_KEYS =
      List.of(
          "classification",
          "minClassification",
          "infoTypes",
          "counts",
          "channel",
          "principal",
          "role",
          "fullyScanned",
          "destination");
  private static final List<String> DESTINATION_KEYS =
      List.of("kind", "list", "domain", "emailDomain", "url", "except");
  private static final List<String> LIST_CHANGE_KEYS = List.of("add", "remove");
  private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern COMPARISON = Pattern.compile("(>=|>|<=|<|==|=)?\\s*([0-9]{1,9})");

  private final NodeReader in = new NodeReader(Path.of("policy"));
  private final List<String> infoTypes;
  private final Map<String, DomainSet> lists;

  private PolicyParser(List<String> infoTypes, Map<String, DomainSet> lists) {
    this.infoTypes = infoTypes;
    this.lists = lists;
  }

  /** Parses a policy; see {@link Policy#parse(String, String, Collection)}. */
  static Policy parse(
      String source,
      String yaml,
      Collection<InfoType> customInfoTypes,
      Map<String, DomainSet> builtInLists)
      throws PolicyException {
    List<String> names = new ArrayList<>();
    InfoType.builtIns().forEach(t -> names.add(t.name()));
    customInfoTypes.forEach(t -> names.add(t.name()));
    PolicyParser parser = new PolicyParser(List.copyOf(names), new LinkedHashMap<>(builtInLists));
    try {
      return parser.policy(yaml);
    } catch (ConfigException e) {
      throw new PolicyException(source, e.line(), e.column(), e.reason());
    }
  }

  /**
   * Parses the built-in lists: a mapping from list name to entries.
   *
   * @throws PolicyException when the text is not such a mapping
   */
  static Map<String, DomainSet> lists(String source, String yaml) throws PolicyException {
    PolicyParser parser = new PolicyParser(List.of(), new LinkedHashMap<>());
    try {
      YamlNode root = YamlTreeReader.read(Path.of(source), yaml);
      Map<String, DomainSet> out = new LinkedHashMap<>();
      if (root != null) {
        for (YamlNode.Entry entry : parser.in.mapping(root, "the lists").entries().values()) {
          parser.listName(entry);
          out.put(entry.key(), parser.domains(entry.value(), entry.key()));
        }
      }
      return out;
    } catch (ConfigException e) {
      throw new PolicyException(source, e.line(), e.column(), e.reason());
    }
  }

  private Policy policy(String yaml) throws ConfigException {
    YamlNode root = YamlTreeReader.read(Path.of("policy"), yaml);
    if (root == null) {
      throw in.error(0, 0, "empty policy: a policy needs at least 'default'");
    }
    YamlNode.Mapping top = in.mapping(root, "a policy", TOP_KEYS);
    String description = "";
    YamlNode.Entry descriptionEntry = top.get("description");
    if (descriptionEntry != null) {
      description = in.text(descriptionEntry.value(), "description");
    }
    Map<String, Object> declaredLists = new LinkedHashMap<>();
    YamlNode.Entry listsEntry = top.get("lists");
    if (listsEntry != null) {
      declaredLists = declaredLists(listsEntry.value());
    }
    List<Rule> rules = new ArrayList<>();
    YamlNode.Entry rulesEntry = top.get("rules");
    if (rulesEntry != null) {
      Map<String, Integer> firstLine = new HashMap<>();
      for (YamlNode item : in.sequence(rulesEntry.value(), "rules")) {
        rules.add(rule(item, firstLine));
      }
    }
    YamlNode.Entry defaultEntry = top.get("default");
    if (defaultEntry == null) {
      throw in.error(
          root,
          "missing 'default': a policy must say what happens when no rule matches"
              + " (such as 'default: ALLOW')");
    }
    Rule fallback = defaultRule(defaultEntry.value());
    return new Policy(yaml, description, declaredLists, lists, rules, fallback);
  }

  private Map<String, Object> declaredLists(YamlNode node) throws ConfigException {
    Map<String, Object> declared = new LinkedHashMap<>();
    for (YamlNode.Entry entry : in.mapping(node, "'lists'").entries().values()) {
      listName(entry);
      if (entry.value() instanceof YamlNode.Mapping change) {
        DomainSet builtIn = lists.get(entry.key());
        if (builtIn == null) {
          throw in.error(
              entry,
              "'add' and 'remove' change a built-in list, and '"
                  + entry.key()
                  + "' is not one"
                  + Suggestion.didYouMean(entry.key(), lists.keySet())
                  + "; define a new list with a list of entries");
        }
        in.mapping(change, "list '" + entry.key() + "'", LIST_CHANGE_KEYS);
        Set<String> entries = new LinkedHashSet<>(builtIn.entries());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        YamlNode.Entry add = change.get("add");
        if (add != null) {
          added.addAll(domains(add.value(), "add").entries());
          entries.addAll(added);
        }
        YamlNode.Entry remove = change.get("remove");
        if (remove != null) {
          for (YamlNode item : in.sequence(remove.value(), "remove")) {
            String canonical = entry(item, "remove");
            if (!entries.remove(canonical)) {
              throw in.error(
                  item, "'" + canonical + "' is not in built-in list '" + entry.key() + "'");
            }
            removed.add(canonical);
          }
        }
        lists.put(entry.key(), DomainSet.of(entries));
        Map<String, Object> yaml = new LinkedHashMap<>();
        if (!added.isEmpty()) {
          yaml.put("add", added);
        }
        if (!removed.isEmpty()) {
          yaml.put("remove", removed);
        }
        declared.put(entry.key(), yaml);
      } else {
        DomainSet set = domains(entry.value(), entry.key());
        lists.put(entry.key(), set);
        declared.put(entry.key(), set.entries());
      }
    }
    return declared;
  }

  private void listName(YamlNode.Entry entry) throws ConfigException {
    if (!LIST_NAME.matcher(entry.key()).matches()) {
      throw in.error(
          entry,
          "invalid list name '"
              + entry.key()
              + "': use lower-case letters, digits and '-', such as 'my-partners'");
    }
  }

  private DomainSet domains(YamlNode node, String name) throws ConfigException {
    return domains(oneOrMany(node, name), name);
  }

  private DomainSet domains(List<YamlNode> items, String name) throws ConfigException {
    List<String> entries = new ArrayList<>();
    for (YamlNode item : items) {
      entries.add(entry(item, name));
    }
    return DomainSet.of(entries);
  }

  private String entry(YamlNode item, String name) throws ConfigException {
    String text = in.text(item, "entries of '" + name + "'");
    try {
      return DomainSet.canonical(text);
    } catch (IllegalArgumentException e) {
      throw in.error(item, "invalid entry in '" + name + "': " + e.getMessage());
    }
  }

  private Rule rule(YamlNode node, Map<String, Integer> firstLine) throws ConfigException {
    YamlNode.Mapping rule = in.mapping(node, "a rule", RULE_KEYS);
    YamlNode.Entry idEntry = rule.get("id");
    if (idEntry == null) {
      throw in.error(node, "a rule needs an 'id'");
    }
    String id = in.text(idEntry.value(), "id");
    if (!RULE_ID.matcher(id).matches()) {
      throw in.error(
          idEntry.value(),
          "invalid rule id '" + id + "': use letters, digits, '.', '_' and '-', such as 'r1'");
    }
    if (id.equals(Decision.DEFAULT_RULE_ID)) {
      throw in.error(idEntry.value(), "rule id 'default' is reserved for the policy's default");
    }
    Integer first = firstLine.putIfAbsent(id, idEntry.value().line());
    if (first != null) {
      throw in.error(
          idEntry.value(), "duplicate rule id '" + id + "' (first at line " + first + ")");
    }
    Conditions when = Conditions.ALWAYS;
    YamlNode.Entry whenEntry = rule.get("when");
    if (whenEntry != null) {
      when = conditions(whenEntry.value());
    }
    if (rule.get("action") == null) {
      throw in.error(node, "rule '" + id + "' needs an 'action': ALLOW, ALERT, REDACT or BLOCK");
    }
    return outcome(id, rule, when);
  }

  private Rule defaultRule(YamlNode node) throws ConfigException {
    if (node instanceof YamlNode.Mapping mapping) {
      in.mapping(mapping, "'default'", DEFAULT_KEYS);
      if (mapping.get("action") == null) {
        throw in.error(node, "'default' needs an 'action': ALLOW, ALERT, REDACT or BLOCK");
      }
      return outcome(Decision.DEFAULT_RULE_ID, mapping, Conditions.ALWAYS);
    }
    Action action = in.choice(node, "action", Action.class);
    return new Rule(
        Decision.DEFAULT_RULE_ID,
        "",
        Conditions.ALWAYS,
        action,
        Rule.incidentByDefault(action),
        false);
  }

  private Rule outcome(String id, YamlNode.Mapping rule, Conditions when) throws ConfigException {
    String description = "";
    YamlNode.Entry descriptionEntry = rule.get("description");
    if (descriptionEntry != null) {
      description = in.text(descriptionEntry.value(), "description");
    }
    YamlNode.Entry actionEntry = rule.get("action");
    Action action = in.choice(actionEntry.value(), "action", Action.class);
    boolean incident = Rule.incidentByDefault(action);
    YamlNode.Entry incidentEntry = rule.get("incident");
    if (incidentEntry != null) {
      incident = in.bool(incidentEntry.value(), "incident");
      if (incident && action == Action.ALLOW) {
        throw in.error(
            incidentEntry.value(), "ALLOW opens no incident: use ALERT to allow with an incident");
      }
    }
    boolean suspend = false;
    YamlNode.Entry suspendEntry = rule.get("suspend");
    if (suspendEntry != null) {
      suspend = in.bool(suspendEntry.value(), "suspend");
      if (suspend && action == Action.ALLOW) {
        throw in.error(suspendEntry.value(), "ALLOW suspends nobody: suspend with BLOCK");
      }
      if (suspend && !incident) {
        throw in.error(
            suspendEntry.value(),
            "'suspend: true' needs 'incident: true': the suspension is recorded in the incident");
      }
    }
    return new Rule(id, description, when, action, incident, suspend);
  }

  private Conditions conditions(YamlNode node) throws ConfigException {
    YamlNode.Mapping when = in.mapping(node, "'when'", WHEN_KEYS);
    Set<Classification> classifications = EnumSet.noneOf(Classification.class);
    Classification minClassification = null;
    Set<String> types = new LinkedHashSet<>();
    List<CountCondition> counts = new ArrayList<>();
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    Set<String> principals = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    Boolean fullyScanned = null;
    List<DestinationCondition> destinations = new ArrayList<>();
    for (YamlNode.Entry entry : when.entries().values()) {
      YamlNode value = entry.value();
      switch (entry.key()) {
        case "classification" -> {
          for (YamlNode item : some(value, "classification")) {
            classifications.add(in.choice(item, "classification", Classification.class));
          }
        }
        case "minClassification" ->
            minClassification = in.choice(value, "minClassification", Classification.class);
        case "infoTypes" -> {
          for (YamlNode item : some(value, "infoTypes")) {
            types.add(infoType(item, in.text(item, "infoTypes")));
          }
        }
        case "counts" -> {
          YamlNode.Mapping byType = in.mapping(value, "'counts'");
          if (byType.entries().isEmpty()) {
            throw in.error(value, "'counts' must not be empty");
          }
          for (YamlNode.Entry count : byType.entries().values()) {
            counts.add(count(count));
          }
        }
        case "channel" -> {
          for (YamlNode item : some(value, "channel")) {
            channels.add(in.choice(item, "channel", Channel.class));
          }
        }
        case "principal" -> {
          for (YamlNode item : some(value, "principal")) {
            principals.add(in.text(item, "principal"));
          }
        }
        case "role" -> {
          for (YamlNode item : some(value, "role")) {
            roles.add(in.text(item, "role"));
          }
        }
        case "fullyScanned" -> fullyScanned = in.bool(value, "fullyScanned");
        case "destination" -> {
          List<YamlNode> alternatives =
              value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
          if (alternatives.isEmpty()) {
            throw in.error(value, "'destination' must not be empty");
          }
          for (YamlNode item : alternatives) {
            destinations.add(destination(item, "'destination'"));
          }
        }
        default -> throw new IllegalStateException("key checked above: " + entry.key());
      }
    }
    return new Conditions(
        classifications,
        minClassification,
        types,
        counts,
        channels,
        principals,
        roles,
        fullyScanned,
        destinations);
  }

  private CountCondition count(YamlNode.Entry entry) throws ConfigException {
    String type = infoType(entry, entry.key());
    String text = entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    Matcher m = text == null ? null : COMPARISON.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw in.error(
          entry.value(),
          "count of "
              + type
              + " must be a number (at least) or a quoted comparison such as \">= 10\", found "
              + entry.value().describe());
    }
    CountCondition.Comparison comparison =
        switch (m.group(1) == null ? ">=" : m.group(1)) {
          case ">" -> CountCondition.Comparison.MORE_THAN;
          case "<=" -> CountCondition.Comparison.AT_MOST;
          case "<" -> CountCondition.Comparison.LESS_THAN;
          case "==", "=" -> CountCondition.Comparison.EXACTLY;
          default -> CountCondition.Comparison.AT_LEAST;
        };
    return new CountCondition(type, comparison, Integer.parseInt(m.group(2)));
  }

  private String infoType(YamlNode at, String name) throws ConfigException {
    if (!infoTypes.contains(name)) {
      throw in.error(at, unknownInfoType(name));
    }
    return name;
  }

  private String infoType(YamlNode.Entry at, String name) throws ConfigException {
    if (!infoTypes.contains(name)) {
      throw in.error(at, unknownInfoType(name));
    }
    return name;
  }

  private String unknownInfoType(String name) {
    String hint = Suggestion.didYouMean(name, infoTypes);
    return "unknown infoType '"
        + name
        + "'"
        + (hint.isEmpty() ? " (infoType names are upper-case, such as AMAZON_ORDER_ID)" : hint);
  }

  private DestinationCondition destination(YamlNode node, String name) throws ConfigException {
    YamlNode.Mapping condition = in.mapping(node, name, DESTINATION_KEYS);
    if (condition.entries().isEmpty()) {
      throw in.error(node, name + " needs at least one of " + String.join(", ", DESTINATION_KEYS));
    }
    Set<Destination.Kind> kinds = EnumSet.noneOf(Destination.Kind.class);
    List<String> names = new ArrayList<>();
    DomainSet domains = DomainSet.of(List.of());
    DomainSet emailDomains = DomainSet.of(List.of());
    List<UrlPattern> urls = new ArrayList<>();
    DestinationCondition except = null;
    for (YamlNode.Entry entry : condition.entries().values()) {
      YamlNode value = entry.value();
      switch (entry.key()) {
        case "kind" -> {
          for (YamlNode item : some(value, "kind")) {
            kinds.add(in.choice(item, "kind", Destination.Kind.class));
          }
        }
        case "list" -> {
          for (YamlNode item : some(value, "list")) {
            String list = in.text(item, "list");
            if (!lists.containsKey(list)) {
              String hint = Suggestion.didYouMean(list, lists.keySet());
              throw in.error(
                  item,
                  "unknown list '"
                      + list
                      + "'"
                      + (hint.isEmpty()
                          ? "; known lists: " + String.join(", ", new TreeSet<>(lists.keySet()))
                          : hint));
            }
            names.add(list);
          }
        }
        case "domain" -> domains = domains(some(value, "domain"), "domain");
        case "emailDomain" -> emailDomains = domains(some(value, "emailDomain"), "emailDomain");
        case "url" -> {
          for (YamlNode item : some(value, "url")) {
            try {
              urls.add(new UrlPattern(in.text(item, "url")));
            } catch (IllegalArgumentException e) {
              throw in.error(item, e.getMessage());
            }
          }
        }
        case "except" -> except = destination(value, "'except'");
        default -> throw new IllegalStateException("key checked above: " + entry.key());
      }
    }
    if (kinds.isEmpty()
        && names.isEmpty()
        && domains.entries().isEmpty()
        && emailDomains.entries().isEmpty()
        && urls.isEmpty()
        && except == null) {
      throw in.error(node, name + " constrains nothing: its lists are empty");
    }
    return new DestinationCondition(kinds, names, domains, emailDomains, urls, except);
  }

  /** {@link #oneOrMany}, refusing an empty list, which would silently constrain nothing. */
  private List<YamlNode> some(YamlNode node, String name) throws ConfigException {
    List<YamlNode> items = oneOrMany(node, name);
    if (items.isEmpty()) {
      throw in.error(node, "'" + name + "' must not be an empty list");
    }
    return items;
  }

  /** A scalar as a list of one, or the items of a list. */
  private List<YamlNode> oneOrMany(YamlNode node, String name) throws ConfigException {
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
      return List.of(node);
    }
    throw in.error(node, "'" + name + "' must be a value or a list, found " + node.describe());
  }
}
