package dev.touchline.model.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Channel;
import dev.touchline.model.ChannelKind;
import dev.touchline.model.Department;
import dev.touchline.model.Direction;
import dev.touchline.model.Empowerment;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.MetricKind;
import dev.touchline.model.Opportunity;
import dev.touchline.model.OpportunityStatus;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Persona;
import dev.touchline.model.Priority;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.Severity;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.Visibility;

/**
 * Builds realistic synthetic journey models for tests and benchmarks: a service company's
 * departments, channels, promises, values and metrics, and as many journeys as it takes to hold
 * the requested number of touchpoints, with a small, fixed share of the gaps validation finds.
 * The same size and seed always give the same model, ids included.
 */
public final class SyntheticModel {

    /** Touchpoints per journey unless the caller asks otherwise. */
    public static final int DEFAULT_TOUCHPOINTS_PER_JOURNEY = 500;

    private static final String[][] DEPARTMENTS = {
            // name, head, colour, parent (index or -1)
            { "Leadership", "Amara Osei", "#37474F", "-1" },
            { "Sales", "Jonas Berg", "#1E88E5", "0" },
            { "Customer Support", "Priya Nair", "#43A047", "0" },
            { "Field Operations", "Carlos Mendes", "#FB8C00", "0" },
            { "Billing & Accounting", "Ingrid Holm", "#8E24AA", "0" },
            { "IT", "Tomasz Nowak", "#546E7A", "0" },
            { "Marketing", "Lea Fischer", "#E53935", "0" },
            { "HR", "Sofia Rossi", "#6D4C41", "0" },
            { "Product", "Kenji Sato", "#00897B", "0" },
            { "Logistics", "Olu Adeyemi", "#FDD835", "3" },
            { "Quality Assurance", "Marta Lind", "#3949AB", "2" },
            { "Partner Management", "Nina Petrova", "#C0CA33", "1" } };
    private static final Object[][] CHANNELS = {
            { "Web site", ChannelKind.WEB }, { "Mobile app", ChannelKind.MOBILE_APP }, { "Phone", ChannelKind.PHONE },
            { "E-mail", ChannelKind.EMAIL }, { "Chat", ChannelKind.CHAT }, { "Social media", ChannelKind.SOCIAL_MEDIA },
            { "On site", ChannelKind.IN_PERSON }, { "Letter", ChannelKind.LETTER }, { "Store", ChannelKind.STORE } };
    private static final Object[][] METRICS = {
            // name, kind, unit, direction, min, max, typical target
            { "NPS", MetricKind.NPS, "points", Direction.HIGHER_IS_BETTER, -100.0, 100.0, 40.0 },
            { "CSAT", MetricKind.CSAT, "%", Direction.HIGHER_IS_BETTER, 0.0, 100.0, 85.0 },
            { "Customer effort", MetricKind.CES, "1-7", Direction.LOWER_IS_BETTER, 1.0, 7.0, 2.5 },
            { "First contact resolution", MetricKind.FCR, "%", Direction.HIGHER_IS_BETTER, 0.0, 100.0, 75.0 },
            { "First response time", MetricKind.FRT, "minutes", Direction.LOWER_IS_BETTER, 0.0, null, 30.0 },
            { "Average handling time", MetricKind.AHT, "minutes", Direction.LOWER_IS_BETTER, 0.0, null, 8.0 },
            { "Resolution time", MetricKind.RESOLUTION_TIME, "hours", Direction.LOWER_IS_BETTER, 0.0, null, 24.0 },
            { "QA score", MetricKind.QA_SCORE, "%", Direction.HIGHER_IS_BETTER, 0.0, 100.0, 90.0 },
            { "On-time arrival", MetricKind.ON_TIME, "%", Direction.HIGHER_IS_BETTER, 0.0, 100.0, 95.0 },
            { "Churn", MetricKind.CHURN, "%", Direction.LOWER_IS_BETTER, 0.0, 100.0, 5.0 } };
    private static final String[] PROMISES = { "We show up when we say we will", "One call solves it",
            "No surprises on your bill", "Your belongings are safe with us", "We tell you before you ask" };
    private static final String[][] VALUES = { { "Treat every customer with urgency", "4", "5" },
            { "Do it right the first time", "3", "1" }, { "Act with integrity", "0", "7" },
            { "Earn loyalty every day", "9" }, { "Give customers tools to help themselves", "2" } };
    private static final String[] PERSONAS = { "Family on the move", "First-time renter", "Relocating professional",
            "Downsizing retiree" };
    private static final String[] JOURNEYS = { "Move house", "Store belongings", "Office relocation", "International move",
            "Student move", "Claim for damage" };
    private static final String[] STAGES = { "Discover", "Get a quote", "Book", "Prepare", "Moving day", "Follow-up" };
    private static final String[] ACTIONS = { "Request", "Confirm", "Reschedule", "Pay", "Review", "Track", "Ask about",
            "Receive", "Complain about", "Sign" };
    private static final String[] OBJECTS = { "quote", "booking", "survey visit", "packing materials", "crew arrival",
            "invoice", "insurance", "delivery slot", "damage claim", "feedback survey" };

    private final TouchlineFactory factory = TouchlineFactory.eINSTANCE;
    private final SplittableRandom random;
    private final int touchpoints;
    private final int perJourney;
    private int touchpointCounter;
    private int idCounter;

    private SyntheticModel(int touchpoints, int perJourney, long seed) {
        this.touchpoints = touchpoints;
        this.perJourney = perJourney;
        this.random = new SplittableRandom(seed);
    }

    /** A model with {@code touchpoints} touchpoints in journeys of about 500 touchpoints each. */
    public static JourneyModel generate(int touchpoints, long seed) {
        return generate(touchpoints, DEFAULT_TOUCHPOINTS_PER_JOURNEY, seed);
    }

    /** A model with {@code touchpoints} touchpoints, at most {@code perJourney} in each journey. */
    public static JourneyModel generate(int touchpoints, int perJourney, long seed) {
        if (touchpoints < 0) {
            throw new IllegalArgumentException("touchpoints must be 0 or more, not " + touchpoints);
        }
        if (perJourney < 1) {
            throw new IllegalArgumentException("touchpoints per journey must be at least 1, not " + perJourney);
        }
        return new SyntheticModel(touchpoints, perJourney, seed).build();
    }

    private JourneyModel build() {
        JourneyModel model = factory.createJourneyModel();
        model.setId("model");
        model.setName("Synthetic service company (" + touchpoints + " touchpoints)");
        List<Department> departments = departments(model);
        List<Channel> channels = channels(model);
        List<Metric> metrics = metrics(model);
        List<BrandPromise> promises = promises(model);
        values(model, metrics);
        List<Persona> personas = personas(model);
        int journeys = Math.max(1, (touchpoints + perJourney - 1) / perJourney);
        for (int j = 0; j < journeys; j++) {
            int size = Math.min(perJourney, touchpoints - j * perJourney);
            Journey journey = factory.createJourney();
            journey.setId(String.format(Locale.ROOT, "jr-%04d", j + 1));
            journey.setName(JOURNEYS[j % JOURNEYS.length] + (j >= JOURNEYS.length ? " " + (j / JOURNEYS.length + 1) : ""));
            if (j % 10 != 9) {
                journey.setPersona(personas.get(j % personas.size()));
            }
            model.getJourneys().add(journey);
            for (int s = 0; s < STAGES.length; s++) {
                Stage stage = factory.createStage();
                stage.setId(String.format(Locale.ROOT, "st-%04d-%d", j + 1, s + 1));
                stage.setName(STAGES[s]);
                stage.setCustomerGoal("Get " + STAGES[s].toLowerCase(Locale.ROOT) + " done without effort");
                stage.setEmotion(random.nextInt(-2, 3));
                journey.getStages().add(stage);
                int inStage = size / STAGES.length + (s < size % STAGES.length ? 1 : 0);
                for (int t = 0; t < inStage; t++) {
                    stage.getTouchpoints().add(touchpoint(departments, channels, metrics, promises));
                }
            }
        }
        return model;
    }

    private Touchpoint touchpoint(List<Department> departments, List<Channel> channels, List<Metric> metrics,
            List<BrandPromise> promises) {
        int n = ++touchpointCounter;
        Touchpoint tp = factory.createTouchpoint();
        tp.setId(String.format(Locale.ROOT, "tp-%06d", n));
        Channel channel = channels.get(random.nextInt(channels.size()));
        tp.setName(ACTIONS[random.nextInt(ACTIONS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " ("
                + channel.getName().toLowerCase(Locale.ROOT) + ")");
        tp.setChannel(channel);
        int v = random.nextInt(10);
        tp.setVisibility(v < 6 ? Visibility.FRONTSTAGE : v < 9 ? Visibility.BACKSTAGE : Visibility.SUPPORT);
        tp.setEmotion(random.nextInt(-2, 3));
        tp.setEmpowerment(Empowerment.get(random.nextInt(4)));
        tp.setMomentOfTruth(random.nextInt(20) == 0);
        if (random.nextInt(50) != 0) { // 2 % have no owner
            tp.setOwner(departments.get(1 + random.nextInt(departments.size() - 1)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Department supporter = departments.get(random.nextInt(departments.size()));
            if (supporter != tp.getOwner() && !tp.getSupporters().contains(supporter)) {
                tp.getSupporters().add(supporter);
            }
        }
        if (random.nextInt(3) == 0) {
            tp.getPromises().add(promises.get(random.nextInt(promises.size())));
        }
        if (random.nextInt(33) != 0) { // 3 % have no measurement
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                tp.getMeasurements().add(measurement(metrics.get(random.nextInt(metrics.size()))));
            }
        }
        if (random.nextInt(8) == 0) {
            PainPoint pain = factory.createPainPoint();
            pain.setId(nextId("pp"));
            pain.setName("Customers wait for " + OBJECTS[random.nextInt(OBJECTS.length)]);
            pain.setSeverity(Severity.get(random.nextInt(4)));
            if (random.nextInt(10) != 0) {
                pain.setOwner(tp.getOwner());
            }
            tp.getPainPoints().add(pain);
        }
        if (random.nextInt(12) == 0) {
            Opportunity idea = factory.createOpportunity();
            idea.setId(nextId("opp"));
            idea.setName("Automate " + OBJECTS[random.nextInt(OBJECTS.length)] + " reminders");
            idea.setOwner(tp.getOwner());
            idea.setPriority(Priority.get(random.nextInt(3)));
            idea.setStatus(OpportunityStatus.get(random.nextInt(5)));
            tp.getOpportunities().add(idea);
        }
        return tp;
    }

    private Measurement measurement(Metric metric) {
        Measurement m = factory.createMeasurement();
        m.setId(nextId("ms"));
        m.setMetric(metric);
        double target = typicalTarget(metric);
        m.setTarget(target);
        // Mostly on target, about one in ten misses it by up to a fifth.
        boolean miss = random.nextInt(10) == 0;
        double better = metric.getDirection() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        double spread = Math.max(1, Math.abs(target) * 0.2);
        double delta = random.nextDouble() * spread * (miss ? -better : better);
        double actual = Math.round((target + delta) * 10) / 10.0;
        if (metric.getScaleMin() != null) {
            actual = Math.max(metric.getScaleMin(), actual);
        }
        if (metric.getScaleMax() != null) {
            actual = Math.min(metric.getScaleMax(), actual);
        }
        m.setActual(actual);
        m.setMeasuredOn(String.format(Locale.ROOT, "2026-%02d-%02d", 1 + random.nextInt(10), 1 + random.nextInt(28)));
        m.setSource(random.nextBoolean() ? "Post-interaction survey" : "CRM report");
        return m;
    }

    private static double typicalTarget(Metric metric) {
        for (Object[] row : METRICS) {
            if (row[0].equals(metric.getName())) {
                return (Double) row[6];
            }
        }
        return 0;
    }

    private List<Department> departments(JourneyModel model) {
        List<Department> result = new ArrayList<>();
        for (String[] row : DEPARTMENTS) {
            Department d = factory.createDepartment();
            d.setId(nextId("dep"));
            d.setName(row[0]);
            d.setHead(row[1]);
            d.setColor(row[2]);
            int parent = Integer.parseInt(row[3]);
            if (parent >= 0) {
                d.setParent(result.get(parent));
            }
            result.add(d);
        }
        model.getDepartments().addAll(result);
        return result;
    }

    private List<Channel> channels(JourneyModel model) {
        for (Object[] row : CHANNELS) {
            Channel c = factory.createChannel();
            c.setId(nextId("ch"));
            c.setName((String) row[0]);
            c.setKind((ChannelKind) row[1]);
            model.getChannels().add(c);
        }
        return model.getChannels();
    }

    private List<Metric> metrics(JourneyModel model) {
        for (Object[] row : METRICS) {
            Metric m = factory.createMetric();
            m.setId(nextId("met"));
            m.setName((String) row[0]);
            m.setKind((MetricKind) row[1]);
            m.setUnit((String) row[2]);
            m.setDirection((Direction) row[3]);
            m.setScaleMin((Double) row[4]);
            m.setScaleMax((Double) row[5]);
            model.getMetrics().add(m);
        }
        return model.getMetrics();
    }

    private List<BrandPromise> promises(JourneyModel model) {
        for (String name : PROMISES) {
            BrandPromise p = factory.createBrandPromise();
            p.setId(nextId("bp"));
            p.setName(name);
            model.getBrandPromises().add(p);
        }
        return model.getBrandPromises();
    }

    private void values(JourneyModel model, List<Metric> metrics) {
        for (String[] row : VALUES) {
            ServiceValue v = factory.createServiceValue();
            v.setId(nextId("sv"));
            v.setName(row[0]);
            for (int i = 1; i < row.length; i++) {
                v.getMetrics().add(metrics.get(Integer.parseInt(row[i])));
            }
            model.getServiceValues().add(v);
        }
    }

    private List<Persona> personas(JourneyModel model) {
        for (String name : PERSONAS) {
            Persona p = factory.createPersona();
            p.setId(nextId("per"));
            p.setName(name);
            model.getPersonas().add(p);
        }
        return model.getPersonas();
    }

    private String nextId(String prefix) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, ++idCounter);
    }
}
