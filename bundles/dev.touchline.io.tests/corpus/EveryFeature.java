import java.nio.file.Path;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.*;
import dev.touchline.model.util.ElementIds;

/** Writes a model with every class and every feature set, as today's Touchline saves it. */
public class EveryFeature {
    public static void main(String[] args) throws Exception {
        TouchlineFactory f = TouchlineFactory.eINSTANCE;
        JourneyModel m = f.createJourneyModel();
        m.setId("every-feature"); m.setName("Every feature"); m.setDescription("Each class and feature of its format, set.");
        m.setEmotionMin(-3); m.setEmotionMax(3);
        Persona p = f.createPersona(); p.setName("Young professional"); p.setGoals("Switch provider in one evening");
        p.setFrustrations("Hold music\nand forms asking twice"); m.getPersonas().add(p);
        Department it = f.createDepartment(); it.setName("IT"); it.setHead("Dana Ito"); it.setColor("#546e7a");
        Department ops = f.createDepartment(); ops.setName("Operations"); ops.setColor("#8d6e63");
        Department support = f.createDepartment(); support.setName("Customer Support"); support.setColor("#43a047"); support.setParent(ops);
        m.getDepartments().add(it); m.getDepartments().add(ops); m.getDepartments().add(support);
        Channel chat = f.createChannel(); chat.setName("Chat"); chat.setKind(ChannelKind.CHAT); m.getChannels().add(chat);
        BrandPromise promise = f.createBrandPromise(); promise.setName("Answers within minutes"); m.getBrandPromises().add(promise);
        Metric frt = f.createMetric(); frt.setName("First response time"); frt.setKind(MetricKind.FRT); frt.setUnit("minutes");
        frt.setDirection(Direction.LOWER_IS_BETTER); frt.setScaleMin(0.0); frt.setScaleMax(120.0); m.getMetrics().add(frt);
        ServiceValue urgency = f.createServiceValue(); urgency.setName("Treat every customer with urgency"); urgency.getMetrics().add(frt);
        m.getServiceValues().add(urgency);
        Journey j = f.createJourney(); j.setName("Switch provider"); j.setPersona(p); j.setState(JourneyState.FUTURE);
        j.setDescription("The journey we want by next year."); m.getJourneys().add(j);
        Stage s = f.createStage(); s.setName("Ask"); s.setCustomerGoal("Get an answer"); s.setCustomerActions("Opens the chat");
        s.setThoughts("Will a person answer?"); s.setEmotion(-1); j.getStages().add(s);
        Touchpoint t = f.createTouchpoint(); t.setName("Chat with support"); t.setDescription("Tab\there, quote \" and <angle> & amp");
        t.setChannel(chat); t.setVisibility(Visibility.FRONTSTAGE); t.setOwner(support); t.getSupporters().add(it);
        t.getPromises().add(promise); t.setEmotion(1); t.setMomentOfTruth(true); t.setEmpowerment(Empowerment.GUIDELINE);
        s.getTouchpoints().add(t);
        Measurement me = f.createMeasurement(); me.setMetric(frt); me.setTarget(2.0); me.setActual(3.5);
        me.setMeasuredOn("2026-11-01"); me.setSource("Chat platform"); t.getMeasurements().add(me);
        PainPoint pain = f.createPainPoint(); pain.setName("Bot loops"); pain.setSeverity(Severity.HIGH); pain.setOwner(it);
        t.getPainPoints().add(pain);
        Opportunity o = f.createOpportunity(); o.setName("Hand over to a person after one loop"); o.setOwner(support);
        o.setPriority(Priority.HIGH); o.setStatus(OpportunityStatus.PLANNED); t.getOpportunities().add(o);
        Opportunity so = f.createOpportunity(); so.setName("Show waiting time"); s.getOpportunities().add(so);
        EmployeeInsight i = f.createEmployeeInsight(); i.setText("Customers paste their contract number twice"); i.setReportedBy("Support team lead");
        t.getInsights().add(i);
        Touchpoint back = f.createTouchpoint(); back.setName("Route the chat"); back.setVisibility(Visibility.BACKSTAGE); back.setOwner(it);
        back.setEmpowerment(Empowerment.HARD_LINE); s.getTouchpoints().add(back);
        Touchpoint sup = f.createTouchpoint(); sup.setName("Chat platform"); sup.setVisibility(Visibility.SUPPORT); sup.setOwner(it);
        sup.setEmpowerment(Empowerment.NO_LINE); s.getTouchpoints().add(sup);
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = m.eAllContents(); all.hasNext();) {
            if (all.next() instanceof NamedElement n && n.getDescription() == null) {
                n.setDescription("What " + n.getName() + " is, in a sentence.");
            }
        }
        ElementIds.assignMissing(m);
        ModelFiles.save(m, Path.of(args[0]));
    }
}
