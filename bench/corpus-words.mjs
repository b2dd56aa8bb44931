// @ts-check
/** Word banks and sentence templates of the synthetic corpus (see generate-corpus.mjs). Data only. */

export const VOLUMES = [
  ['Strategy', 'Where the business competes, which customers it serves and how it plans to win them.'],
  ['Markets', 'How markets are sized, segmented and entered, and how buyers in each one behave.'],
  ['Products', 'Turning customer problems into offers that sales teams can explain and defend.'],
  ['Marketing', 'Demand, positioning and messages that give the sales team better conversations.'],
  ['Sales', 'Running a sales team: pipelines, pricing, negotiation, forecasting and customers.'],
  ['Service', 'Keeping customers after the sale: onboarding, support, success and recovery.'],
  ['Operations', 'The processes, tools and data that let a commercial team work without friction.'],
  ['Finance', 'Margins, terms, cash and the numbers a sales manager needs to read fluently.'],
  ['People', 'Hiring, coaching, paying and leading the people who face customers every day.'],
];

/** Chapter themes; each gives its sections (and their articles) eight topics. */
export const THEMES = [
  ['Pipeline Management', ['pipeline reviews', 'stage definitions', 'deal slippage', 'pipeline coverage', 'stalled opportunities', 'close date discipline', 'opportunity scoring', 'next steps']],
  ['Pricing and Discounts', ['list price integrity', 'discount approvals', 'price increases', 'value-based pricing', 'bundle pricing', 'price objections', 'volume tiers', 'pricing exceptions']],
  ['Contracts and Terms', ['payment terms', 'liability caps', 'auto-renewal clauses', 'contract redlines', 'service level commitments', 'termination rights', 'master agreements', 'side letters']],
  ['Onboarding', ['kickoff meetings', 'implementation plans', 'first-value milestones', 'sales-to-service handoffs', 'training schedules', 'data migration', 'early adoption', 'welcome calls']],
  ['Renewals and Expansion', ['renewal forecasting', 'upsell timing', 'cross-selling', 'renewal risk', 'multi-year deals', 'expansion plays', 'price protection', 'renewal notices']],
  ['Forecasting', ['commit calls', 'forecast accuracy', 'weighted pipeline', 'best-case scenarios', 'quarter-end pressure', 'sandbagging', 'forecast categories', 'forecast reviews']],
  ['Team Leadership', ['one-on-one meetings', 'team meetings', 'performance reviews', 'quota setting', 'underperformers', 'top performers', 'manager time', 'team morale']],
  ['Territory Planning', ['territory design', 'account assignment', 'named accounts', 'coverage models', 'whitespace analysis', 'territory balance', 'travel planning', 'account tiers']],
  ['Customer Success', ['health scores', 'business reviews', 'adoption metrics', 'escalation paths', 'customer advocacy', 'success plans', 'churn signals', 'usage reviews']],
  ['Partners and Channels', ['reseller margins', 'channel conflict', 'partner enablement', 'deal registration', 'co-selling', 'distributor relationships', 'referral partners', 'partner tiers']],
  ['Negotiation', ['walk-away points', 'concession planning', 'procurement tactics', 'anchoring', 'trade-offs', 'deadline pressure', 'final offers', 'negotiation teams']],
  ['Prospecting', ['cold outreach', 'lead qualification', 'ideal customer profiles', 'trigger events', 'referral requests', 'account research', 'first meetings', 'outbound cadences']],
  ['Key Accounts', ['account plans', 'executive sponsors', 'relationship plans', 'strategic reviews', 'account teams', 'global accounts', 'joint roadmaps', 'key account selection']],
  ['Sales Operations', ['CRM hygiene', 'quote accuracy', 'deal desk reviews', 'sales dashboards', 'approval workflows', 'data quality', 'process documentation', 'tool adoption']],
  ['Hiring and Coaching', ['interview loops', 'ramp plans', 'call coaching', 'role play', 'skill gaps', 'peer learning', 'new manager habits', 'reference checks']],
  ['Customer Research', ['win-loss interviews', 'customer surveys', 'buying committees', 'needs discovery', 'segment analysis', 'usage data', 'advisory boards', 'customer panels']],
  ['Service Recovery', ['outage communication', 'billing errors', 'late deliveries', 'complaint handling', 'apology letters', 'credits and refunds', 'root cause reviews', 'recovery follow-up']],
  ['Compensation', ['commission plans', 'accelerators', 'clawbacks', 'split credit', 'sales contests', 'quota relief', 'plan communication', 'draw payments']],
  ['Market Entry', ['new segments', 'pilot customers', 'local partners', 'launch pricing', 'reference accounts', 'market sizing', 'regional hiring', 'early feedback']],
  ['Proposals and Demos', ['tailored demos', 'proposal structure', 'business cases', 'proof of concept', 'executive summaries', 'pricing pages', 'follow-up notes', 'demo environments']],
];

export const CHAPTER_QUALIFIERS = ['', 'in Practice', 'at Scale', 'for Growing Teams', 'Revisited', 'for Key Accounts', 'Under Pressure', 'in New Markets'];

export const AUDIENCES = [
  'mid-market accounts', 'enterprise buyers', 'small businesses', 'public sector clients', 'distributors',
  'first-time buyers', 'long-standing customers', 'regional retailers', 'manufacturing firms', 'healthcare providers',
  'family-owned companies', 'fast-growing startups', 'procurement-led buyers', 'global accounts',
];
export const AUDIENCE_TITLES = ['Small Teams', 'Enterprise Deals', 'Regulated Industries', 'a Crowded Market', 'a Slow Quarter', 'Fast-Growing Companies', 'New Managers', 'Long Sales Cycles', 'Distributors', 'Repeat Buyers'];

export const ROLES = [
  'sales manager', 'account executive', 'rep', 'customer success lead', 'regional director', 'deal desk analyst',
  'finance partner', 'sales engineer', 'first-line manager', 'renewals specialist', 'sales operations lead',
];
export const ROLES_PLURAL = ['sales managers', 'account executives', 'reps', 'regional directors', 'customer success leads', 'finance partners', 'sales engineers'];
export const METRICS = [
  'win rate', 'average deal size', 'sales cycle length', 'net revenue retention', 'gross margin', 'forecast accuracy',
  'churn', 'time to first value', 'discount depth', 'pipeline coverage', 'renewal rate', 'days sales outstanding',
];
export const ARTIFACTS = [
  'the CRM', 'the account plan', 'the quote', 'the weekly forecast', 'the renewal calendar', 'the onboarding checklist',
  'the deal review notes', 'the pricing sheet', 'the mutual action plan', 'the pipeline report', 'the contract summary',
];
export const TIMES = [
  'every Monday', 'each week', 'once a month', 'at the end of each quarter', 'before every renewal',
  'in the first ninety days', 'after every lost deal', 'twice a quarter', 'before each forecast call',
];
export const COMPANIES = [
  'a regional logistics firm', 'a mid-sized software vendor', 'a family-owned distributor', 'an industrial equipment maker',
  'a payroll services company', 'a medical supplies wholesaler', 'a commercial cleaning business', 'a packaging manufacturer',
  'an engineering consultancy', 'a hotel group', 'a specialty chemicals supplier', 'an office furniture dealer',
];
export const NAMES = ['Maria', 'Tom', 'Priya', 'Daniel', 'Aisha', 'Lukas', 'Mei', 'Carlos', 'Hannah', 'Kofi', 'Elena', 'Omar', 'Sofia', 'James', 'Ingrid', 'Ravi'];
export const COUNTS = ['two', 'three', 'four', 'five', 'six'];

/** Openings of an article's lead paragraph. */
export const LEAD = [
  'Most teams treat {topic} as a side task, something to tidy up once the real selling is done.',
  'Ask a room of {roles} how they handle {topic} and you will hear as many answers as there are people.',
  'Work on {topic} rarely shows up on a dashboard, yet it shapes {metric} more than most managers admit.',
  'When {aud} push back, the first thing to give way is usually {topic}.',
  'Good intentions do not fix {topic}; a few plain habits do.',
  'The pattern is familiar: a promising quarter, a crowded forecast call, and a late surprise that traces back to {topic}.',
  'Every sales team says {topic} matters, and almost every team handles it differently from one rep to the next.',
  'Few subjects cause as many quiet arguments between sales and finance as {topic}.',
  'It is easy to think of {topic} as an administrative detail until a large deal depends on it.',
  'Buyers rarely mention {topic} in the first meeting, but they remember how you handled it long after the contract is signed.',
];
export const LEAD_CLOSE = [
  'This article looks at where teams go wrong with {topic}, what it costs, and what a {role} can change this quarter.',
  'What follows is a practical view of {topic}, written for managers who have little time and a number to hit.',
  'The sections below describe the usual failure points and a routine that fixes most of them.',
  'Below are the signals to watch, the common mistakes, and a short routine that keeps {topic} under control.',
  'The good news is that the fixes are simple, cheap and mostly a matter of discipline.',
];

/** General body sentences. */
export const BODY = [
  'The problem is rarely effort; it is that nobody agreed on what done looks like.',
  'A {role} who reviews {artifact} {time} catches most of these issues before a customer does.',
  'In one case at {company}, {metric} improved by {pct} percent within two quarters once the team wrote down a single definition.',
  'Buyers notice inconsistency long before they notice a better price.',
  'If the rule lives only in someone\'s head, it will be applied differently by every rep.',
  'The cost shows up later, usually as a discount nobody can justify or a renewal that slips by a month.',
  'Most of the damage is done in small steps, each of which looked reasonable at the time.',
  'Reps are not careless; they are busy, and anything that is not checked tends to drift.',
  'A short written rule beats a long slide deck that nobody opens after the kickoff.',
  'The best teams make {topic} part of the normal weekly rhythm rather than a special project.',
  'When {metric} drops, the instinct is to push harder on activity, but the cause is often upstream.',
  'Customers do not care how your process works inside; they care whether promises are kept.',
  'One useful test is to ask whether a new hire could explain the rule after a single week.',
  'Numbers in {artifact} are only as good as the last honest conversation behind them.',
  'It helps to separate what the customer asked for from what the rep assumed they wanted.',
  'A clear owner turns a vague worry into a task with a date attached.',
  'Teams that skip this step often repeat the same mistake with the next account.',
  'Nobody wants more meetings, so fold the review into one that already exists.',
  'With {aud}, the buying process usually involves more people than the first contact suggests.',
  'Write down the two or three exceptions you accept, and treat everything else as a normal case.',
  'A rep who can explain the reason behind a rule follows it far more reliably than one who was simply told.',
  'Small accounts show the problem first, because they have less patience and fewer people to absorb it.',
  'Good managers ask for evidence, not confidence, when a deal is said to be safe.',
  'The goal is not perfection but a process that fails loudly instead of quietly.',
  'The first fix is usually cheaper than the team expects, and the second one is cheaper still.',
  'Finance and sales often measure the same thing in different ways, so agree on one definition early.',
  'It is worth asking the customer directly; they usually give a straighter answer than you expect.',
  'Every hour spent on a deal that will never close is an hour taken from one that could.',
  'Trust builds slowly through many small promises kept, and it can vanish after one that is broken.',
  'A quick look at the last {n} lost deals usually shows whether {topic} played a part.',
  'The data needed is usually already in {artifact}; it simply has not been read with this question in mind.',
  'Resist the urge to build a new tool before the team has agreed on the underlying habit.',
  'Keep the rule short enough that a rep can recite it during a call without looking it up.',
  'Experienced reps often handle this well by instinct, which is exactly why it never gets written down.',
  'The same mistake made by {n} reps is a process problem, not a people problem.',
  'If {metric} is the only measure, the team will find ways to improve it that the customer does not feel.',
  'Customers forgive limits they were told about; they rarely forgive surprises after signing.',
  'Plan the conversation before the meeting, including what you will not agree to.',
  'A calm, specific answer to a hard question wins more trust than a confident vague one.',
  'Most teams already know what good looks like; the gap is in doing it consistently.',
  'Look for the moment where responsibility passes from one person to another, because that is where things get dropped.',
  'The best time to raise {topic} with a customer is before either side is under deadline pressure.',
  'Regular, boring attention to {topic} beats an occasional heroic effort at quarter end.',
  'Managers set the tone: if they skip the step when they are busy, so will everyone else.',
  'A single shared page in {artifact} is often enough to keep everyone aligned.',
  'It is tempting to treat every account the same way, but {aud} have their own rhythm and constraints.',
  'Ask what the customer will measure after the purchase, and plan your work around that answer.',
  'Over a year, these small corrections add up to a noticeable change in {metric}.',
  'The habit costs perhaps {n} minutes a week per rep, which is far less than a single lost renewal.',
  'Agree in advance on the signals that would make you walk away from a deal.',
  'When two teams both think they own a task, in practice neither of them does it.',
  'Silence from a buyer is information, and it usually means something has changed on their side.',
  'Keep the customer\'s own words in your notes; paraphrases lose the detail that matters later.',
  'A simple checklist will not replace judgement, but it stops the obvious mistakes.',
  'Price is seldom the real objection; it is the objection that is easiest to say out loud.',
  'Review the outcome, not just the activity, or the team will optimise for looking busy.',
  'Some of the most useful information comes from the customer\'s finance or operations staff rather than the main contact.',
  'Share the lessons across the team, because the next rep to meet the problem may be new.',
  'Where possible, tie the rule to something the customer values, so it never feels like internal red tape.',
  'A good question to end every review with is what would have to be true for this deal to close.',
  'When a customer asks for an exception, find out what problem the exception is meant to solve.',
  'Most forecasting errors come from optimism about timing rather than about the deal itself.',
  'Clear terms agreed early prevent a great deal of awkward negotiation later.',
  'It takes weeks to build a habit across a team and only one busy quarter to lose it.',
  'The teams that do this well are not smarter; they simply check more often.',
];

/** Example paragraphs: three linked sentences about one person. */
export const EXAMPLES = [
  [
    'Consider {name}, a {role} at {company} that sells mostly to {aud}.',
    '{name} noticed that {topic} kept coming up in lost-deal reviews, though never as the headline reason.',
    'After a month of tracking it in {artifact}, the pattern was plain enough to change how the team worked.',
  ],
  [
    'Picture {name}, who took over a team at {company} with a full pipeline and a poor record on {kpi}.',
    'The first step was not a new process but a question asked in every deal review: who has checked {topic}?',
    'Within two quarters the answer was routine, and {kpi} had moved in the right direction.',
  ],
  [
    'At {company}, {name} ran a small experiment with {n} reps and a single rule about {topic}.',
    'The rule took five minutes to explain and about the same each week to follow.',
    'By the end of the quarter, those reps had fewer late surprises than the rest of the team combined.',
  ],
  [
    '{name}, a {role} at {company}, once lost a large order because nobody had raised {topic} until the final week.',
    'The buyer was not unhappy with the product; they were unhappy with the surprise.',
    'Since then, {name} raises the subject in the second meeting, long before anyone feels pressure.',
  ],
];

/** Sentences for a "For sales managers" section. */
export const MANAGER = [
  'Ask about {topic} in every pipeline review until the team raises it without being prompted.',
  'Coach on the specific deal in front of you rather than on the principle in the abstract.',
  'When the same issue appears in several deals, take it to leadership with numbers attached.',
  'Praise the rep who flags a problem early, even when the news is unwelcome.',
  'Keep your own calendar honest: if you cancel reviews when busy, the team will learn that they do not matter.',
  'Set one measure for {topic} and look at it {time}, not only when something goes wrong.',
  'New reps copy what they see, so make sure the experienced ones model the habit.',
];

export const BULLETS = [
  ['Name an owner', 'Every decision about {topic} needs one person who answers for it.'],
  ['Write it down', 'A rule that is not written will be remembered differently by each rep.'],
  ['Check it early', 'Problems found in the second meeting are cheap; problems found at signature are not.'],
  ['Ask the customer', 'They know what they expect, and asking costs nothing.'],
  ['Keep it visible', 'Put the status in {artifact} where the whole team can see it.'],
  ['Review it regularly', 'Look at it {time} rather than waiting for a crisis.'],
  ['Limit the exceptions', 'Every exception becomes a precedent that the next buyer will quote.'],
  ['Measure the outcome', 'Track {metric}, not just the number of calls or emails.'],
  ['Close the loop', 'Tell the rep what happened after they raised an issue, or they will stop raising it.'],
  ['Start small', 'Pilot the change with {n} reps before rolling it out to everyone.'],
  ['Agree on terms', 'Make sure sales, finance and delivery use the same words for the same things.'],
  ['Plan the handoff', 'Decide who does what when the deal moves from sales to service.'],
  ['Watch the signals', 'A missed meeting or a new contact on the buyer side often means change.'],
  ['Protect the price', 'Trade every concession for something of value to your side.'],
  ['Share the lessons', 'A short note after each lost deal helps the next rep avoid the same trap.'],
  ['Respect their time', 'Send a short agenda and keep the meeting to the point.'],
];
export const PLAIN_BULLETS = [
  'Deals that stall for more than {n} weeks without a clear reason.',
  'Buyers who ask about {topic} late in the process.',
  'Quotes that change more than twice before signature.',
  'Accounts where only one contact ever answers.',
  'Forecast dates that move every single week.',
  'Renewals with no meeting booked in the last quarter.',
  'Discounts approved without a written reason.',
  'Handoffs where delivery has not read the contract.',
  'Customers who stop attending business reviews.',
  'Reps who cannot name the economic buyer.',
];
export const STEPS = [
  'List the open deals or accounts where the state of {topic} is still unclear.',
  'Agree with the team on a single definition and write it into {artifact}.',
  'Name an owner for each open item and give it a date.',
  'Review progress {time} in an existing meeting.',
  'Ask the customer to confirm the key points in writing.',
  'Compare the results with {metric} after one quarter.',
  'Keep what worked, drop what did not, and tell the team why.',
  'Share one example of the new habit done well with the whole team.',
];
export const QUOTES = [
  'The best forecast I ever saw was the one where reps were allowed to say they did not know.',
  'We never lost a customer over a price increase we explained early. We lost several over ones we did not.',
  'If you cannot explain the deal in two sentences, the buyer cannot explain it to their boss either.',
  'Every shortcut we took at signature came back to us at renewal, usually with interest.',
  'The customer had told us three times. We just were not writing it down.',
  'Our biggest improvement came from a question, not a tool: what happens next, and who does it?',
  'A rule that only the manager remembers is not a rule; it is a mood.',
  'We stopped asking whether the deal would close and started asking what the buyer still needed to believe.',
  'Most of our discounts were not negotiated. They were offered before anyone asked.',
  'Good customers do not expect perfection. They expect to hear about problems from us first.',
  'Once we wrote the process on one page, new reps were productive a month sooner.',
  'The numbers did not change until the habits did, and the habits did not change until I changed mine.',
];
export const QUOTE_BY = ['a regional sales director', 'a customer success lead', 'a first-line sales manager', 'the head of sales at a distributor', 'a finance partner', 'an enterprise account executive'];

export const KEY_POINTS = [
  'Treat {topic} as part of the weekly rhythm, not a special project.',
  'Give every open question a single owner and a date.',
  'Write the rule down in one short page that new reps can follow.',
  'Raise {topic} with the customer early, before deadline pressure.',
  'Track {metric} to see whether the change is working.',
  'Limit exceptions and record the reason for each one.',
  'Review a few lost deals to see where {topic} played a part.',
  'Managers set the example by keeping the habit when they are busy.',
  'Ask the customer what they will measure after the purchase.',
  'Fix the handoff points, where most mistakes happen.',
];

export const H2 = [
  'Where {topic} can break down', 'What it costs', 'A better routine', 'What good looks like', 'Signals to watch',
  'Common mistakes', 'How to start', 'Questions to ask', 'Measuring progress', 'Working with {aud}',
  'When to make an exception', 'Why it keeps happening', 'Making it stick', 'What customers notice',
];
export const H3 = ['Start with the data', 'Agree on a definition', 'Set a review rhythm', 'Name an owner', 'Close the loop', 'Keep it visible', 'Talk to the customer early', 'Write it down', 'Limit the exceptions'];

export const TITLES = [
  'A Field Guide to {T}', '{T} Without the Guesswork', '{T} for {A}', 'Rethinking {T}', 'The Hidden Cost of {T}',
  '{T} in {A}', 'Lessons from {T}', '{T}: A Manager\'s Checklist', 'Five Questions About {T}', 'When to Revisit {T}',
  'Making {T} Routine', 'Fixing {T} Early', 'Common Mistakes in {T}', 'Measuring {T}', 'Who Owns {T}?',
  'Small Changes to {T}', '{T} Under Pressure', 'The Case for Better {T}', 'Simple Rules for {T}',
  'Talking to Buyers About {T}', 'Coaching Reps on {T}', '{T} in the First Ninety Days', 'Getting {T} Right',
  'What Buyers Expect from {T}', '{T} and the First-Line Manager',
];
export const SUMMARIES = [
  'How {aud} judge {topic}, and the routines that keep it from costing you deals.',
  'Why work on {topic} slips when nobody owns it, and how a {role} can fix that within a quarter.',
  'A practical look at {topic}: what to measure, what to ignore and when to step in.',
  'What goes wrong with {topic} and which simple habits prevent most of the damage.',
  'Where attention to {topic} helps {metric}, where it hurts, and how to tell the difference early.',
  'Plain rules for {topic} that a busy team can follow without new software.',
  'The hidden cost of neglecting {topic} with {aud}, and a short plan to recover.',
  'How to raise {topic} with buyers early, so it never becomes a last-minute surprise.',
];
export const SOURCE_TITLES = ['Field notes on {topic}', 'Sales management handbook, chapter on {topic}', 'Practitioner survey: {topic}', 'Interviews with {roles} about {topic}', 'Working papers on {metric}'];
export const PUBLISHERS = ['Northbridge Sales Institute', 'Customer Atlas Research', 'Meridian Business Press', 'The Revenue Practice Council', 'Oakfield Management Review', 'Harwell & Stone Advisory'];

export const CHAPTER_SUMMARIES = [
  'How sales teams handle {topic} and the related questions that shape {metric}.',
  'Practical guidance on {theme}, from the first conversation to the renewal.',
  'What managers need to know about {theme}, with routines that hold up under pressure.',
  'The everyday decisions behind {theme}, and how to make them consistently.',
];
export const SECTION_SUMMARIES = [
  'Getting {topic} right with {aud}, without slowing the team down.',
  'What good work on {topic} involves, where it goes wrong, and the habits that fix it.',
  'A manager\'s view of {topic}: signals, routines and common traps.',
  'How {topic} can affect {metric}, and what to do about it this quarter.',
];
export const INTRO_OPEN = [
  'This section deals with {topic}, a subject that touches almost every deal but rarely gets a plan of its own.',
  'The articles in this section look at {topic} from the point of view of a busy sales manager.',
  'Here the focus is on {topic}, and on the small routines that make it work with {aud}.',
];
export const INTRO_FILL = [
  'It starts from the basics and moves quickly to the decisions a manager actually faces.',
  'Each article stands on its own, so you can read them in any order.',
  'Several articles include short examples from teams that changed a habit and measured the result.',
  'The advice assumes no special software, only a shared record and a regular review.',
  'Where the articles disagree with common practice, they say why.',
  'Read together, the articles turn a vague worry into a short list of concrete habits.',
  'The aim is to help managers spot trouble early, while it is still cheap to fix.',
  'Most of the ideas can be tried with a single rep before they are rolled out to a whole team.',
  'Along the way the articles touch on {metric}, which is where the effects of the work eventually show.',
];

export const GLOSSARY = [
  ['Pipeline coverage', 'The value of open opportunities divided by the target for the same period.', 'Coverage tells a manager whether there is enough open business to reach the number. Three times the target is a common rule of thumb, but the right ratio depends on the team\'s real win rate. A high ratio built on old or unqualified deals is worse than a modest honest one.'],
  ['Win rate', 'The share of qualified opportunities that end in a signed order.', 'Win rate is only meaningful when everyone agrees what counts as a qualified opportunity. Track it by segment and deal size, because a single average hides the differences that matter for planning.'],
  ['Net revenue retention', 'Revenue this year from last year\'s customers, divided by what they paid last year.', 'The figure includes expansion, price changes, downgrades and churn. Above one hundred percent means the existing customer base grows on its own. It is one of the clearest signals of product fit and account management quality.'],
  ['Mutual action plan', 'A shared list of steps, owners and dates that buyer and seller agree on to reach a decision.', 'The plan makes the buying process visible to both sides. When the buyer stops updating it, the deal is usually at risk, whatever the forecast says.'],
  ['Economic buyer', 'The person who can approve the money for a purchase and overrule others.', 'Many deals are lost because the seller never met the economic buyer. Finding that person early, and learning what they will measure, is a core part of qualification.'],
  ['Deal desk', 'A small team that reviews non-standard pricing and terms before a quote goes out.', 'A good deal desk speeds up complex deals rather than slowing them down. It keeps exceptions consistent and records why each one was granted.'],
  ['Churn', 'Customers or revenue lost over a period, usually shown as a percentage.', 'Churn is a lagging signal: by the time it appears, the reasons are months old. Pair it with leading signals such as usage and attendance at business reviews.'],
  ['Quota relief', 'An adjustment to a rep\'s target when something outside their control changes the territory.', 'Relief should follow clear written rules. Granted case by case, it quickly feels unfair and undermines trust in the whole compensation plan.'],
  ['Business review', 'A regular meeting with a customer to compare results with the goals they bought for.', 'Held well, it turns a vendor into a partner and surfaces renewal risk early. Held badly, it becomes a slide show nobody wants to attend.'],
  ['Sandbagging', 'Forecasting less than a rep expects to close, to look good when the quarter ends.', 'It protects the individual but damages planning for everyone else. Managers reduce it by rewarding accuracy, not just beating the number.'],
  ['Land and expand', 'Starting with a small first order and growing the account over time.', 'The approach lowers the first decision for the buyer. It only works when the team has a real plan and the time to grow the account after landing it.'],
  ['Concession', 'Something given up in a negotiation, such as price, terms or extra services.', 'Every concession should be traded for something of value. Concessions given freely teach the buyer to ask for more.'],
];

// ---------------------------------------------------------------------------------------------
// Planted phrases: each with two sentences that contain it and, for every word, sentences that
// use that word alone (never at the start or end of the sentence, so words cannot join across
// sentences into the phrase).

/** @type {{ phrase: string, plant: [string, string], scatter: Record<string, string[]> }[]} */
export const PHRASES = [
  {
    phrase: 'stale quote amnesty',
    plant: [
      'Once a quarter the team runs a stale quote amnesty, in which every rep may withdraw outdated offers without questions from finance.',
      'The stale quote amnesty works because it removes the embarrassment of admitting that a deal went quiet months ago.',
    ],
    scatter: {
      stale: ['Pipeline records go stale faster than most dashboards suggest, so check the date of the last real contact.'],
      quote: ['A clear quote with one price and one expiry date saves a week of emails.'],
      amnesty: ['Some managers offer a short amnesty on overdue paperwork so that reps tidy their records without fear.'],
    },
  },
  {
    phrase: 'ghost stakeholder census',
    plant: [
      'Before any large proposal, run a ghost stakeholder census: list every person who can block the deal but has never attended a meeting.',
      'Teams that keep a ghost stakeholder census in the account plan are surprised far less often in the final week.',
    ],
    scatter: {
      ghost: ['Nothing hurts trust like a vendor who seems to ghost the account right after signature.'],
      stakeholder: ['Every stakeholder involved in approval should hear the business case in their own terms.'],
      census: ['A simple census of active users often says more about the renewal than any survey.'],
    },
  },
  {
    phrase: 'pipeline tide chart',
    plant: [
      'One manager keeps a pipeline tide chart on the wall, showing how much value flows into and out of each stage every week.',
      'Read the pipeline tide chart for direction rather than precision, because the trend matters more than the exact figure.',
    ],
    scatter: {
      pipeline: ['Nobody can forecast well from a pipeline padded with deals that nobody has touched in weeks.'],
      tide: ['Seasonal demand comes and goes like a tide, and plans should assume the quiet months will return.'],
      chart: ['A single chart of win rate by deal size is often enough to start a useful conversation.'],
    },
  },
  {
    phrase: 'renewal weather map',
    plant: [
      'The account team built a renewal weather map, coloring each customer by the risk signals gathered over the past ninety days.',
      'A renewal weather map turns scattered warnings into one picture that a manager can read in five minutes.',
    ],
    scatter: {
      renewal: ['The renewal conversation should start well before the contract date, ideally at the last business review.'],
      weather: ['Good relationships can weather a bad quarter if the customer hears the news early and directly.'],
      map: ['Draw a simple map of who influences the decision and who merely signs the paperwork.'],
    },
  },
  {
    phrase: 'procurement fog index',
    plant: [
      'Some teams score each deal on a procurement fog index, rating how unclear the buying process still is at every stage.',
      'When the procurement fog index stays high after the second meeting, the forecast date is almost certainly wrong.',
    ],
    scatter: {
      procurement: ['Treat procurement as a partner with its own targets rather than an obstacle to work around.'],
      fog: ['Long email threads create a fog in which nobody remembers what was actually agreed.'],
      index: ['A price index clause ties yearly increases to an outside figure that both sides can check.'],
    },
  },
  {
    phrase: 'dormant sponsor revival plan',
    plant: [
      'When an executive goes quiet, write a dormant sponsor revival plan with a named contact, a fresh reason to meet and a date.',
      'The dormant sponsor revival plan should fit on a single page, or nobody will follow it.',
    ],
    scatter: {
      dormant: ['Many accounts lie dormant for a year and then buy again when a new leader arrives.'],
      sponsor: ['An executive sponsor who never hears from you will not defend your project in a budget meeting.'],
      revival: ['A sudden revival of interest after a long silence usually has a cause worth asking about.'],
      plan: ['Every account worth keeping deserves a written plan that the whole team can read.'],
    },
  },
  {
    phrase: 'handshake backlog audit',
    plant: [
      'A handshake backlog audit lists every promise made to customers in conversation that has not yet reached a contract or a ticket.',
      'Run the handshake backlog audit before each quarterly review so that forgotten commitments surface early.',
    ],
    scatter: {
      handshake: ['A deal sealed with a handshake still needs a written summary sent the same day.'],
      backlog: ['An order backlog that keeps growing is good news only if delivery can keep up.'],
      audit: ['A yearly audit of discount approvals often reveals exceptions that quietly became the rule.'],
    },
  },
  {
    phrase: 'contract attic cleanup',
    plant: [
      'Every spring the legal and sales teams hold a contract attic cleanup, retiring old templates and side letters nobody can explain.',
      'After the contract attic cleanup, reps had four approved templates instead of twenty-three.',
    ],
    scatter: {
      contract: ['Read the contract before the kickoff meeting so that delivery never promises what sales did not sell.'],
      attic: ['Old proposals pile up like boxes in an attic, and nobody remembers why they were kept.'],
      cleanup: ['A short cleanup of duplicate records in the CRM makes every later report more trustworthy.'],
    },
  },
  {
    phrase: 'lantern account review',
    plant: [
      'The lantern account review picks one small customer each month and studies it in depth, because small accounts show problems first.',
      'Managers who skip the lantern account review lose an early warning that costs almost nothing to keep.',
    ],
    scatter: {
      lantern: ['A good reference customer works like a lantern for prospects who are unsure what success looks like.'],
      account: ['A single account can consume a whole week of support time if nobody sets limits.'],
      review: ['A short review after every lost deal teaches more than a long report at the end of the year.'],
    },
  },
  {
    phrase: 'onboarding compass session',
    plant: [
      'Day one starts with an onboarding compass session, in which the customer names the single result that would make the first quarter a success.',
      'Because the onboarding compass session is recorded in the account plan, nobody later argues about what was promised.',
    ],
    scatter: {
      onboarding: ['A slow onboarding period is the most common reason new customers question their decision.'],
      compass: ['Clear values act as a compass when a rep faces a deal that looks profitable but feels wrong.'],
      session: ['A planning session with the customer\'s finance team can remove objections that sales never hears.'],
    },
  },
  {
    phrase: 'referral orchard strategy',
    plant: [
      'One rep\'s referral orchard strategy treats each happy customer as a tree that needs a season of care before it bears introductions.',
      'Within a year the referral orchard strategy produced a third of the region\'s new meetings.',
    ],
    scatter: {
      referral: ['Ask for a referral only after the customer has seen a real result, not at signature.'],
      orchard: ['One rep compared her territory to an orchard in which some trees bear fruit every year and others need patience.'],
      strategy: ['A pricing strategy that changes every quarter confuses buyers and trains them to wait.'],
    },
  },
  {
    phrase: 'midnight discount reflex',
    plant: [
      'The midnight discount reflex appears in the last days of a quarter, when reps cut prices simply to move a deal across the line.',
      'Breaking the midnight discount reflex starts with a rule that any late discount needs a reason written in the CRM.',
    ],
    scatter: {
      midnight: ['A proposal sent at midnight tells the buyer more about your workload than about your offer.'],
      discount: ['A discount given without a trade teaches the buyer that the first price was never real.'],
      reflex: ['Answering every objection with a lower price is a reflex that good coaching can undo.'],
    },
  },
];

// Planted phrases made only of words that are frequent across the whole corpus (each word is in
// most articles), so that the index cannot single the page out by a rare word: only the phrase
// itself, in that order, tells the target apart. Their scatter sentences add a few more uses.

/** @type {{ phrase: string, plant: [string, string], scatter: Record<string, string[]> }[]} */
export const COMMON_PHRASES = [
  {
    phrase: 'customer team review',
    plant: [
      'Every second Monday the customer team review brings sales, support and finance to one table for an hour.',
      'A customer team review that ends without a named owner for each action was only a meeting.',
    ],
    scatter: {
      customer: ['Ask what the customer would lose by waiting another quarter before you talk about price.'],
      team: ['A shared calendar lets the whole team see which accounts nobody has called this month.'],
      review: ['Keep the weekly review short enough that nobody needs to prepare slides for it.'],
    },
  },
  {
    phrase: 'deal review plan',
    plant: [
      'Before the quarter starts, each rep writes a deal review plan listing the five opportunities most likely to slip.',
      'Managers read the deal review plan before every forecast call, so it stays short on purpose.',
    ],
    scatter: {
      deal: ['Nobody remembers why the largest deal of last year nearly fell apart in its final week.'],
      review: ['A monthly review of lost opportunities shows patterns that single calls never reveal.'],
      plan: ['Put the account plan where the whole team can read it without asking for access.'],
    },
  },
  {
    phrase: 'weekly renewal habit',
    plant: [
      'Her weekly renewal habit is simple: each Friday she calls one client whose contract ends within six months.',
      'A weekly renewal habit catches quiet accounts long before the paperwork arrives.',
    ],
    scatter: {
      weekly: ['A weekly call with operations prevents most delivery surprises.'],
      renewal: ['Start the renewal conversation at the last business review, not in the final month.'],
      habit: ['Writing a summary after each call is a habit that pays off at every handover.'],
    },
  },
  {
    phrase: 'sales rhythm question',
    plant: [
      'The sales rhythm question asks whether a team sells at the same pace every week or only in the last days of a quarter.',
      'Managers who raise the sales rhythm question each month spot a late rush before it costs margin.',
    ],
    scatter: {
      sales: ['Good sales work starts with listening longer than feels comfortable.'],
      rhythm: ['A steady rhythm of short check-ins beats one long meeting every quarter.'],
      question: ['One open question about the buyer\'s goals often does more than a full presentation.'],
    },
  },
];

